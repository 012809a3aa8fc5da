#include "TestPaths.h"

#include <QDir>

namespace TestPaths {

QString siteBinary()
{
    return QStringLiteral(YUTANG_SITE_BINARY);
}

QString cliBinary()
{
    return QStringLiteral(YUTANG_CLI_BINARY);
}

QString guiBinary()
{
    return QStringLiteral(YUTANG_GUI_BINARY);
}

QString fixture(const QString &relativePath)
{
    return QDir(QStringLiteral(YUTANG_FIXTURES_DIR)).filePath(relativePath);
}

} // namespace TestPaths
