#include "morningdigesttimer.h"

#include "leadrepository.h"
#include "logging.h"

#include <QTimer>

MorningDigestTimer::MorningDigestTimer(QSqlDatabase db, QString language, QObject* parent,
                                       MorningDigest::Clock clock)
    : QObject(parent)
    , m_db(std::move(db))
    , m_language(std::move(language))
    , m_clock(std::move(clock))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MorningDigestTimer::checkNow);
    m_timer->start();
    // Soon after the window opens (not during its first paint): the first desk of the day.
    QTimer::singleShot(kFirstCheckMs, this, &MorningDigestTimer::checkNow);
}

void MorningDigestTimer::setCheckInterval(int ms)
{
    m_timer->setInterval(ms);
}

int MorningDigestTimer::checkNow()
{
    if (!m_db.isOpen())
        return 0; // office mode, reconnecting: the next check tries again
    const Result<bool> may = LeadRepository(m_db).mayReadLeads();
    if (!may || !*may)
        return 0;
    MorningDigest digest(m_db, m_clock);
    digest.setLanguage(m_language);
    const Result<MorningDigest::Outcome> ran = digest.runIfDue();
    if (!ran) {
        // Another desk may hold the write lock for long; the next check tries again.
        qCWarning(lcDb).noquote() << "morning digest:" << ran.error().message;
        return 0;
    }
    const int count = int(ran->queued.size());
    if (count > 0)
        Q_EMIT queued(count);
    return count;
}
