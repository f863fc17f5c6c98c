#pragma once

#include "leadvalidator.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class Dialogs;
class IntakeService;
class QLabel;
class QLineEdit;

namespace Ui {
class IntakePage;
}

// The intake form: first name, last name, email and a resume PDF, checked as the
// receptionist types and saved through IntakeService in one transaction.
class IntakePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakePage)

public:
    IntakePage(IntakeService& intake, Dialogs& dialogs, const QString& actor,
               QWidget* parent = nullptr);
    ~IntakePage() override;

    // Sets the resume as if it had been chosen or dropped.
    void setResumePath(const QString& path);
    QString resumePath() const { return m_resumePath; }

public Q_SLOTS:
    void submit();
    void clearForm();

Q_SIGNALS:
    void leadSaved(qint64 id, const QString& fullName);
    // The receptionist chose to look at an existing lead with the same email.
    void openLeadRequested(qint64 id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseResume();
    void refreshField(LeadValidator::Field field);
    void showFieldError(LeadValidator::Field field, const QString& message);
    void showBanner(const QString& text, bool error);
    void advanceFrom(QLineEdit* edit);
    QString checkField(LeadValidator::Field field) const;
    QLineEdit* editFor(LeadValidator::Field field) const;
    QLabel* errorLabelFor(LeadValidator::Field field) const;
    bool isPristine() const;

    std::unique_ptr<Ui::IntakePage> m_ui;
    IntakeService& m_intake;
    Dialogs& m_dialogs;
    QString m_actor;
    QString m_resumePath;
    QList<LeadValidator::Field> m_touched;
    QElapsedTimer m_sinceSave;
};
