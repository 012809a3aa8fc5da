#pragma once

#include "core/Clock.h"

// Pins the app's clock (Clock::nowMs) for the lifetime of the object, then lets it run again.
class FixedClock
{
public:
    explicit FixedClock(qint64 epochMs) { Clock::pinForTesting(epochMs); }
    ~FixedClock() { Clock::pinForTesting(-1); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};
