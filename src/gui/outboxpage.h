#pragma once

#include <QWidget>

class MailController;
class OutboxTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The Outbox page: every queued, sent, failed and cancelled email with its last error,
// filtered by state; Retry now and Cancel act on the selected row.
class OutboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPage)

public:
    explicit OutboxPage(MailController& mail, QWidget* parent = nullptr);
    ~OutboxPage() override;

    OutboxTableModel* model() const { return m_model; }

public Q_SLOTS:
    void refresh();

private:
    qint64 selectedId() const;
    void updateButtons();
    void retrySelected();
    void cancelSelected();
    void showBanner(const QString& text);

    MailController& m_mail;
    OutboxTableModel* m_model = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_banner = nullptr;
};
