#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class QThread;

// Walks the history's hash chains (AuditVerifier) off the GUI thread, on its own connection
// to the same file: a large database takes seconds, and the window must not wait for it.
class AuditCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCheck)

public:
    explicit AuditCheck(QSqlDatabase db, QObject* parent = nullptr);
    ~AuditCheck() override;

    // Starts a check unless one is running; finished() follows.
    void start();
    bool isRunning() const { return !m_thread.isNull(); }

Q_SIGNALS:
    // broken: the first broken link in words (AuditVerifier::Report::summary), or empty
    // when both chains are intact. Not emitted when the check could not read the database.
    void finished(const QString& broken);

private:
    QSqlDatabase m_db;
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};
