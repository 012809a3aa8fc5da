#include "ProcessTable.h"

#ifdef Q_OS_LINUX
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

// The fields of /proc/<pid>/stat after the command name, which may itself hold spaces and ')'.
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(')');
    if (afterName < 0)
        return {};
    return text.mid(afterName + 1).simplified().split(' ');
}

} // namespace

namespace ProcessTable {

bool isRunning(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid); // state, parent, …
    return !fields.isEmpty() && fields.at(0) != "Z" && fields.at(0) != "X";
}

qint64 findChild(qint64 parentPid, const QString &executable)
{
    const QString wanted = QFileInfo(executable).canonicalFilePath();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QList<QByteArray> fields = statFields(pid);
        if (fields.size() < 2 || fields.at(1).toLongLong() != parentPid || !isRunning(pid))
            continue;
        const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
        if (QFileInfo(exe).canonicalFilePath() == wanted)
            return pid;
    }
    return 0;
}

bool isListening(qint64 pid)
{
    // The process's sockets by inode (fd links read "socket:[<inode>]")...
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList fdEntries =
        fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : fdEntries) {
        const QByteArray target = QFile::encodeName(QFile::symLinkTarget(fds.filePath(fd)));
        // symLinkTarget() makes the target absolute: …/fd/socket:[123]
        const qsizetype start = target.lastIndexOf("socket:[");
        if (start >= 0)
            inodes.insert(target.mid(start + 8).chopped(1));
    }
    // ...and its network namespace's TCP table: "sl local remote st … uid timeout inode".
    for (const char *table : {"tcp", "tcp6"}) {
        QFile file(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1String(table)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() > 9 && fields.at(3) == "0A" && inodes.contains(fields.at(9)))
                return true;
        }
    }
    return false;
}

} // namespace ProcessTable
#endif
