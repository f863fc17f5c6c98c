#pragma once

#include "intakejournal.h"
#include "intakeservice.h"

#include <QObject>
#include <QTimer>

// Sends the walk-ins an office-mode desk kept in its IntakeJournal to the server, oldest
// first, as soon as the server answers: at start, every retryMs while any wait, and when
// told the server is back (uploadNow()). Stops at the first failure (the server went away
// again) and keeps the order. Each upload is IntakeService::upload(): duplicate check and
// emails happen then; a walk-in is never stored twice.
class JournalUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalUploader)

public:
    JournalUploader(IntakeJournal& journal, const IntakeService& intake, int retryMs = 10000,
                    QObject* parent = nullptr);

    // How many wait (as last counted).
    int waiting() const { return m_waiting; }
    // Uploads what it can now; returns how many were uploaded.
    int uploadNow();
    // Counts again (after the intake kept a lead): starts retrying when any wait.
    void recount();

Q_SIGNALS:
    // The number waiting changed (the status bar's "waiting to upload (N)").
    void waitingChanged(int count);
    // One walk-in reached the server as this lead (duplicates: leads with the same email).
    void uploaded(qint64 leadId, int duplicates);

private:
    void setWaiting(int count);

    IntakeJournal& m_journal;
    const IntakeService& m_intake;
    QTimer m_retry;
    int m_waiting = 0;
    bool m_busy = false;
};
