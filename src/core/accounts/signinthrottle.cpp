#include "signinthrottle.h"

#include <algorithm>

qint64 SignInThrottle::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    // 2 s, 4 s, 8 s, 16 s, 32 s, then 60 s.
    const int doublings = std::min(failures - kFreeAttempts + 1, 16);
    return std::min(kMaxDelayMs, qint64(1000) << doublings);
}

qint64 SignInThrottle::nextAttemptAt(const State& state)
{
    if (state.lockedUntilMs > 0)
        return state.lockedUntilMs;
    if (state.failures <= 0)
        return 0;
    return state.lastFailureMs + delayAfter(state.failures);
}

SignInThrottle::State SignInThrottle::afterFailure(State state, qint64 nowMs)
{
    // A lockout that has run out starts the count again.
    if (state.lockedUntilMs > 0 && state.lockedUntilMs <= nowMs) {
        state.failures = 0;
        state.lockedUntilMs = 0;
    }
    ++state.failures;
    state.lastFailureMs = nowMs;
    if (state.failures >= kLockoutAfter) {
        state.lockedUntilMs = nowMs + kLockoutMs;
        state.failures = 0;
    }
    return state;
}
