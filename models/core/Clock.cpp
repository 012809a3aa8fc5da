#include "core/Clock.h"

#include <QDateTime>
#include <atomic>

namespace {

std::atomic<qint64> pinned{-1};

} // namespace

qint64 Clock::nowMs()
{
    const qint64 at = pinned.load(std::memory_order_relaxed);
    return at >= 0 ? at : QDateTime::currentMSecsSinceEpoch();
}

void Clock::pinForTesting(qint64 epochMs)
{
    pinned.store(epochMs < 0 ? -1 : epochMs, std::memory_order_relaxed);
}
