#include "backoff.h"

#include <algorithm>

Backoff::Backoff(Duration firstDelay, Duration maxDelay, Duration giveUpAfter)
    : m_firstDelay(std::max(Duration(1), firstDelay))
    , m_maxDelay(std::max(m_firstDelay, maxDelay))
    , m_giveUpAfter(giveUpAfter)
{
}

Backoff::Duration Backoff::delayAfter(int attempts) const
{
    Duration delay = m_firstDelay;
    // Doubling stops at the cap, so a huge attempt count cannot overflow.
    for (int i = 1; i < attempts && delay < m_maxDelay; ++i)
        delay *= 2;
    return std::min(delay, m_maxDelay);
}

std::optional<QDateTime> Backoff::nextAttempt(int attempts, const QDateTime& queuedAt,
                                              const QDateTime& now) const
{
    if (queuedAt.isValid() && queuedAt.msecsTo(now) >= m_giveUpAfter.count())
        return std::nullopt;
    return now.addMSecs(delayAfter(attempts).count());
}
