// Stopping a yutang-site started with --exit-on-stdin-eof: the one shutdown request that means
// the same on every platform (QProcess::terminate() posts WM_CLOSE on Windows, which a console
// program never receives). Shared by the demo's launcher and the tests' SiteProcess.
#pragma once

#include <QString>

class QProcess;

namespace SiteProcessStop {

/// The option that makes the site end when its standard input, our pipe, closes.
inline QString option()
{
    return QStringLiteral("--exit-on-stdin-eof");
}

/// Closes the site's standard input and waits up to timeoutMs; kills it (with a warning) if it
/// has not ended by then. True when it was not running or ended by itself with exit code 0.
bool stop(QProcess &site, int timeoutMs);

} // namespace SiteProcessStop
