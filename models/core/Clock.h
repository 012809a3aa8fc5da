#pragma once

#include <QtGlobal>

// "Now" for everything that depends on it: the shop's today, how much of today is over. The
// system clock, unless a test pins it (tests/support/FixedClock.h), so that the current day and
// its hours so far can be tested without sleeping or depending on when the test runs.
class Clock
{
public:
    static qint64 nowMs(); // epoch milliseconds, UTC
    // Every later nowMs() returns `epochMs`; a negative value: the system clock again.
    static void pinForTesting(qint64 epochMs);
};
