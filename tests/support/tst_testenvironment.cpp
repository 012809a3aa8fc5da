// TestEnvironment, which every test links: what a test writes through QSettings and
// QStandardPaths lands in a temporary folder, whatever the platform keeps them in otherwise.
#include "TestEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestTestEnvironment : public QObject
{
    Q_OBJECT

    static bool isUnderRoot(const QString &path)
    {
        const QString root = QDir(TestEnvironment::root()).canonicalPath();
        QString existing = path;
        while (!existing.isEmpty() && !QFileInfo::exists(existing))
            existing = QFileInfo(existing).path(); // the file itself may not exist yet
        const QString canonical = QDir(existing).canonicalPath();
        return canonical == root || canonical.startsWith(root + QLatin1Char('/'));
    }

private Q_SLOTS:
    void isolatedBeforeAnyTest()
    {
        QVERIFY(!TestEnvironment::root().isEmpty());
        QVERIFY(QDir(TestEnvironment::root()).exists());
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QVERIFY(!QCoreApplication::organizationName().isEmpty());
    }

    void settingsGoToTheTemporaryFolder()
    {
        QSettings settings;
        QCOMPARE(settings.format(), QSettings::IniFormat);
        QCOMPARE(settings.scope(), QSettings::UserScope);
        settings.setValue(QStringLiteral("probe"), 1);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY2(isUnderRoot(settings.fileName()), qPrintable(settings.fileName()));
        QVERIFY(QFileInfo::exists(settings.fileName()));

        // What QSettings() falls back to: the same format's system scope.
        QSettings system(QSettings::IniFormat, QSettings::SystemScope,
                         QCoreApplication::organizationName(), QCoreApplication::applicationName());
        QVERIFY2(isUnderRoot(system.fileName()), qPrintable(system.fileName()));
    }

    // Child processes get the XDG folders, which is where Qt looks on Linux.
    void childProcessesGetTheFolders()
    {
        for (const char *variable :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString value = qEnvironmentVariable(variable);
            QVERIFY2(isUnderRoot(value), variable);
            QVERIFY2(QDir(value).exists(), variable);
        }
    }
};

QTEST_GUILESS_MAIN(TestTestEnvironment)
#include "tst_testenvironment.moc"
