// The real app with its demo shop, ended from outside (issue 15). SIGTERM, SIGINT and SIGHUP quit
// it cleanly, exit code 0, and it stops its demo site on the way out. SIGKILL gives it no chance;
// the site then ends by itself, as its standard input (the app's pipe) reaches its end. Either way
// no yutang-site of that launch is left serving.
#include "ProcessTable.h"
#include "TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#endif

class TestDemoShutdown : public QObject
{
    Q_OBJECT
private:
#ifdef Q_OS_LINUX
    // Starts `yutang --demo` offscreen and waits until its demo site listens; *sitePid is its
    // process id. The app's settings and store go to the test's folders: it inherits the XDG_*
    // variables that TestEnvironment sets.
    void startAppWithDemo(QProcess &app, qint64 *sitePid)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.setChildProcessModifier([] {
            // Run from a script's background job, the test may have SIGINT ignored, and the app
            // would rightly keep ignoring it (as under nohup). Only async-signal-safe calls here.
            ::signal(SIGINT, SIG_DFL);
            ::signal(SIGHUP, SIG_DFL);
            ::signal(SIGTERM, SIG_DFL);
        });
        app.start(TestPaths::guiBinary(),
                  {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            (*sitePid = ProcessTable::findChild(app.processId(), TestPaths::siteBinary())) > 0 ||
                app.state() == QProcess::NotRunning,
            60000);
        QVERIFY2(*sitePid > 0, app.readAllStandardError().constData());
        // It generates the demo shop first: listening, it serves the app.
        QTRY_VERIFY_WITH_TIMEOUT(
            ProcessTable::isListening(*sitePid) || !ProcessTable::isRunning(*sitePid), 60000);
        QVERIFY2(ProcessTable::isRunning(*sitePid), app.readAllStandardError().constData());
    }
#endif

private Q_SLOTS:
    void quitsCleanlyAndStopsTheSite_data()
    {
#ifdef Q_OS_LINUX
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
#endif
    }

    void quitsCleanlyAndStopsTheSite()
    {
#ifndef Q_OS_LINUX
        QSKIP("Finds the app's demo site through /proc (Linux only)");
#else
        QFETCH(int, signal);
        QProcess app;
        qint64 site = 0;
        startAppWithDemo(app, &site);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
        QVERIFY(app.waitForFinished(20000));
        const QByteArray errors = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, errors.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessTable::isRunning(site), 10000);
        // The site ended when asked (its standard input closed), rather than being killed.
        QVERIFY2(!errors.contains("did not stop"), errors.constData());
#endif
    }

    void siteEndsWhenTheAppIsKilled()
    {
#ifndef Q_OS_LINUX
        QSKIP("Finds the app's demo site through /proc (Linux only)");
#else
        QProcess app;
        qint64 site = 0;
        startAppWithDemo(app, &site);
        if (QTest::currentTestFailed())
            return;

        app.kill(); // SIGKILL: no handler, no teardown
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessTable::isRunning(site), 10000);
#endif
    }
};

QTEST_GUILESS_MAIN(TestDemoShutdown)
#include "tst_demoshutdown.moc"
