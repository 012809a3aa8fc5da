#include "demo/SiteProcessStop.h"

#include <QProcess>

namespace SiteProcessStop {

bool stop(QProcess &site, int timeoutMs)
{
    if (site.state() == QProcess::NotRunning)
        return true;
    site.closeWriteChannel();
    if (site.waitForFinished(timeoutMs))
        return site.exitStatus() == QProcess::NormalExit && site.exitCode() == 0;
    qWarning("yutang-site did not stop within %d s of its standard input closing; killing it",
             timeoutMs / 1000);
    site.kill();
    site.waitForFinished(5000);
    return false;
}

} // namespace SiteProcessStop
