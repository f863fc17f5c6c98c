#pragma once

#include <QtGlobal>

// The policy that slows down password guessing, per account: a few free attempts, then a
// growing wait before the next password is even checked, then a timed lockout. Timed on
// purpose: someone typing wrong passwords at another desk can delay an attorney, but never
// lock the account for good (and an administrator's password reset lifts it at once).
// Pure arithmetic on the stored state; AccountService stores it and checks the clock.
class SignInThrottle
{
public:
    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };

    static constexpr int kFreeAttempts = 3;
    static constexpr int kLockoutAfter = 8; // failures in a row
    static constexpr qint64 kMaxDelayMs = 60 * 1000;
    static constexpr qint64 kLockoutMs = 15 * 60 * 1000;

    // The wait after `failures` failures in a row before the next password is checked.
    static qint64 delayAfter(int failures);
    // When the next attempt may be checked (epoch ms); <= now means at once.
    static qint64 nextAttemptAt(const State& state);
    static bool isLockedOut(const State& state, qint64 nowMs) { return state.lockedUntilMs > nowMs; }
    // The state after a wrong password at nowMs; lockedUntilMs is set when it locks.
    static State afterFailure(State state, qint64 nowMs);
};
