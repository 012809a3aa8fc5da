#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> &rootDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

// Removed while Qt is still fully alive, rather than among the static destructors.
void removeRoot()
{
    rootDir().reset();
}

// Runs as the test's QCoreApplication is constructed, before any test function.
void isolateAtStart()
{
    TestEnvironment::isolate();
}

} // namespace

void TestEnvironment::isolate()
{
    if (rootDir())
        return;
    auto dir = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("yutang-test-XXXXXX")));
    if (!dir->isValid())
        qFatal("Cannot create a temporary folder for the test's settings: %s",
               qPrintable(dir->errorString()));

    QStandardPaths::setTestModeEnabled(true);

    // QSettings() takes the default format; INI files are the one format setPath() can move on
    // every platform (the native one is the registry on Windows and plists on macOS). The system
    // scope is moved too, so that settings an administrator put on the machine are not read.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir->filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope,
                       dir->filePath(QStringLiteral("system-settings")));

    const struct
    {
        const char *variable;
        const char *folder;
    } xdg[] = {{"XDG_CONFIG_HOME", "config"},
               {"XDG_DATA_HOME", "data"},
               {"XDG_CACHE_HOME", "cache"},
               {"XDG_STATE_HOME", "state"}};
    for (const auto &entry : xdg) {
        const QString path = dir->filePath(QString::fromLatin1(entry.folder));
        QDir().mkpath(path);
        qputenv(entry.variable, QFile::encodeName(path));
    }

    // QSettings() without an organization name reports an access error (and, where it writes at
    // all, writes under "Unknown Organization"); tests that care set their own.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("YutangTest"));

    rootDir() = std::move(dir);
    qAddPostRoutine(removeRoot);
}

QString TestEnvironment::root()
{
    return rootDir() ? rootDir()->path() : QString();
}

Q_COREAPP_STARTUP_FUNCTION(isolateAtStart)
