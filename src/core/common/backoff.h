#pragma once

#include <QDateTime>

#include <chrono>
#include <optional>

// When to try a temporarily failed email again: minutes at first, doubling, capped at
// about half an hour, and given up a few days after it was queued.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    static constexpr Duration kDefaultFirstDelay = std::chrono::minutes(1);
    static constexpr Duration kDefaultMaxDelay = std::chrono::minutes(30);
    static constexpr Duration kDefaultGiveUpAfter = std::chrono::hours(72);

    Backoff() = default;
    Backoff(Duration firstDelay, Duration maxDelay, Duration giveUpAfter);

    // The wait after the attempts-th failed attempt (1 = the first): first, 2×first, 4×…,
    // never more than maxDelay.
    Duration delayAfter(int attempts) const;

    // When to try next after the attempts-th failure at `now`, for an email queued at
    // `queuedAt`; nullopt when it has been failing for giveUpAfter or longer (give up).
    std::optional<QDateTime> nextAttempt(int attempts, const QDateTime& queuedAt,
                                         const QDateTime& now) const;

    Duration firstDelay() const { return m_firstDelay; }
    Duration maxDelay() const { return m_maxDelay; }
    Duration giveUpAfter() const { return m_giveUpAfter; }

private:
    Duration m_firstDelay = kDefaultFirstDelay;
    Duration m_maxDelay = kDefaultMaxDelay;
    Duration m_giveUpAfter = kDefaultGiveUpAfter;
};
