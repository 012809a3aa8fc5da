// yutang-site as a child process: its version, and the shutdown request that means the same on
// every platform (its standard input closing, with --exit-on-stdin-eof), whether the parent
// closes it or dies.
#include "ProcessTable.h"
#include "SiteProcess.h"
#include "TestPaths.h"
#include "demo/DemoSiteLauncher.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList smallShop()
{
    return QStringLiteral("--port 0 --seed 7 --days 5 --scale 0.05 --end-date 2026-11-20")
        .split(QLatin1Char(' '));
}

} // namespace

class TestSiteProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionIsTheProjects()
    {
        QProcess site;
        site.start(TestPaths::siteBinary(), {QStringLiteral("--version")});
        QVERIFY2(site.waitForFinished(30000), qPrintable(site.errorString()));
        QCOMPARE(site.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(site.readAllStandardOutput()).trimmed(),
                 QStringLiteral("yutang-site " YUTANG_VERSION));
    }

    void endsWhenStandardInputCloses()
    {
        QProcess site;
        site.start(TestPaths::siteBinary(), smallShop() << QStringLiteral("--exit-on-stdin-eof"));
        QVERIFY2(site.waitForStarted(10000), qPrintable(site.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(site.canReadLine(), 60000);
        QVERIFY(site.readLine().startsWith("listening http://"));
        QSignalSpy finished(&site, &QProcess::finished);
        site.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(site.exitStatus(), QProcess::NormalExit);
        QCOMPARE(site.exitCode(), 0);
        QVERIFY(site.readAllStandardError().contains("standard input closed"));
    }

    void siteProcessStopsItCleanly()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        QVERIFY(site.stop()); // no kill needed: it ended by itself, with exit code 0
    }

    void demoLauncherStopsItCleanly()
    {
        DemoSiteLauncher launcher;
        launcher.setProgram(TestPaths::siteBinary());
        QString error;
        QVERIFY2(launcher.startAndWait(60000, &error), qPrintable(error));
        QVERIFY(launcher.processId() > 0);
        QVERIFY(launcher.stop());
        QCOMPARE(launcher.processId(), qint64(0));
    }

    // The app killed (or crashed) while its demo site runs: the operating system closes the pipe
    // that was the site's standard input, and the site ends instead of serving on, orphaned.
    void endsWhenItsParentIsKilled()
    {
#ifndef Q_OS_LINUX
        QSKIP("Checks the orphaned site's process through /proc (Linux only)");
#else
        QProcess parent;
        parent.start(QStringLiteral(SITE_PARENT_BINARY), {TestPaths::siteBinary()});
        QVERIFY2(parent.waitForStarted(10000), qPrintable(parent.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(parent.canReadLine() || parent.state() == QProcess::NotRunning,
                                 60000);
        bool ok = false;
        const qint64 sitePid = parent.readLine().trimmed().toLongLong(&ok);
        QVERIFY2(ok && sitePid > 0, parent.readAllStandardError().constData());
        QVERIFY(ProcessTable::isRunning(sitePid));

        parent.kill(); // SIGKILL: no chance to stop the site itself
        QVERIFY(parent.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessTable::isRunning(sitePid), 10000);
#endif
    }
};

QTEST_GUILESS_MAIN(TestSiteProcess)
#include "tst_siteprocess.moc"
