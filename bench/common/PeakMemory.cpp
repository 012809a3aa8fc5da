#include "PeakMemory.h"

#if defined(Q_OS_WIN)
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace PeakMemory {

qint64 bytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return qint64(counters.PeakWorkingSetSize);
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_DARWIN)
    return qint64(usage.ru_maxrss); // already bytes on Darwin
#else
    return qint64(usage.ru_maxrss) * 1024; // KiB on Linux and the BSDs
#endif
#endif
}

double mebibytes()
{
    const qint64 b = bytes();
    return b < 0 ? -1.0 : double(b) / (1024.0 * 1024.0);
}

} // namespace PeakMemory
