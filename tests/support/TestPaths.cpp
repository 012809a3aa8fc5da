#include "TestPaths.h"

#include <QDir>

namespace TestPaths {

QString binDir()
{
    return QStringLiteral(YUTANG_BIN_DIR);
}

QString binary(const QString &name)
{
#ifdef Q_OS_WIN
    return QDir(binDir()).filePath(name + QStringLiteral(".exe"));
#else
    return QDir(binDir()).filePath(name);
#endif
}

QString fixture(const QString &relativePath)
{
    return QDir(QStringLiteral(YUTANG_FIXTURES_DIR)).filePath(relativePath);
}

} // namespace TestPaths
