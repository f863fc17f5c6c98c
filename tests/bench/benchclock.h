#pragma once

#include <QtGlobal>

#include <time.h>

// CLOCK_MONOTONIC in nanoseconds: one clock for the parent (which notes when it forked a
// child) and the child (which notes when its answer was painted).
inline qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
