#include "journaluploader.h"

#include "logging.h"

JournalUploader::JournalUploader(IntakeJournal& journal, const IntakeService& intake, int retryMs,
                                 QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_intake(intake)
{
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &JournalUploader::uploadNow);
    const Result<int> count = m_journal.count();
    m_waiting = count ? count.value() : 0;
    if (m_waiting > 0)
        m_retry.start();
}

void JournalUploader::setWaiting(int count)
{
    if (count == m_waiting)
        return;
    m_waiting = count;
    if (m_waiting > 0)
        m_retry.start();
    else
        m_retry.stop();
    Q_EMIT waitingChanged(m_waiting);
}

void JournalUploader::recount()
{
    const Result<int> count = m_journal.count();
    if (count)
        setWaiting(count.value());
}

int JournalUploader::uploadNow()
{
    if (m_busy)
        return 0;
    m_busy = true;
    int count = 0;
    for (;;) {
        const Result<std::optional<IntakeJournal::Entry>> next = m_journal.oldest();
        if (!next || !next->has_value())
            break;
        const IntakeJournal::Entry& entry = **next;
        const IntakeService::Outcome outcome = m_intake.upload(entry);
        if (!outcome.saved()) {
            qCInfo(lcIntake) << "journal upload waits:" << (outcome.error ? outcome.error->message : QString());
            break;
        }
        // Forgotten only once the server holds it; a crash in between is caught by the key.
        if (const VoidResult removed = m_journal.remove(entry.id); !removed)
            break;
        ++count;
        Q_EMIT uploaded(outcome.leadId, int(outcome.duplicates.size()));
    }
    const Result<int> left = m_journal.count();
    setWaiting(left ? left.value() : m_waiting);
    m_busy = false;
    return count;
}
