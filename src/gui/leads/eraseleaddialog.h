#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks an administrator to confirm erasing a lead: says what goes and what stays, takes the
// reason (required, kept in the history) and a tick that it cannot be undone. Erasing itself
// is the caller's (LeadEraser); the dialog only collects the decision.
class EraseLeadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EraseLeadDialog)

public:
    // leads: "Ana Ruiz (lead 12)" lines, one per lead to erase.
    EraseLeadDialog(const QStringList& leads, QWidget* parent = nullptr);

    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPushButton* eraseButton() const { return m_erase; }
    // Prefills the reason (retention's "the firm's retention period").
    void setReason(const QString& reason);

private:
    void updateButton();

    QLineEdit* m_reason = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_erase = nullptr;
};
