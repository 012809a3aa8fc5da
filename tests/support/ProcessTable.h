#pragma once

#include <QString>
#include <QtGlobal>

// What a test can learn about other processes from /proc (Linux only): whether one still runs,
// which children a process started, whether one listens on a TCP port. Tests that use it QSKIP
// elsewhere.
namespace ProcessTable {
#ifdef Q_OS_LINUX
// An exited process that nobody has reaped yet (a zombie: an orphan whose new parent, such as a
// container's init, may never reap it) serves nothing, so it counts as not running.
bool isRunning(qint64 pid);
// A running child of parentPid whose executable is the given file, else 0.
qint64 findChild(qint64 parentPid, const QString &executable);
// Whether the process holds a TCP socket in the LISTEN state.
bool isListening(qint64 pid);
#endif
} // namespace ProcessTable
