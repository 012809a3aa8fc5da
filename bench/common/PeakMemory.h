#pragma once

#include <QtGlobal>

// The most memory this process has held resident so far, for the benchmarks' "peak memory" line.
// getrusage() is POSIX only and its ru_maxrss unit differs (KiB on Linux, bytes on macOS), so the
// platform details stay here.
namespace PeakMemory {
// Peak resident set (peak working set on Windows) in bytes; -1 if the platform cannot tell.
qint64 bytes();
// The same in MiB (what the benchmarks print), or -1.
double mebibytes();
} // namespace PeakMemory
