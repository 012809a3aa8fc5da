// QuitOnSignal in-process: a signal that arrives while the event loop runs ends exec() with 0, one
// that arrives before it (during start-up) is remembered, and the previous handlers come back.
#include "mainwindow/QuitOnSignal.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestQuitOnSignal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalEndsTheEventLoop_data()
    {
#ifdef Q_OS_UNIX
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
#endif
    }

    void signalEndsTheEventLoop()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix signals");
#else
        QFETCH(int, signal);
        QuitOnSignal quitOnSignal;
        QTimer::singleShot(0, this, [signal] { ::raise(signal); });
        // Were the signal not handled, it would end the test here; were it not turned into a
        // quit, exec() would not return and the watchdog would fail the test.
        QTimer watchdog;
        watchdog.setSingleShot(true);
        bool timedOut = false;
        connect(&watchdog, &QTimer::timeout, this, [&timedOut] {
            timedOut = true;
            QCoreApplication::exit(1);
        });
        watchdog.start(10000);
        QCOMPARE(QCoreApplication::exec(), 0);
        QVERIFY(!timedOut);
        QVERIFY(quitOnSignal.quitRequested());
#endif
    }

    // Before exec() the quit cannot end the event loop; main() reads quitRequested() instead.
    // Local event loops, such as the demo site's start-up wait, end at once.
    void signalDuringStartUpIsRemembered()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix signals");
#else
        QuitOnSignal quitOnSignal;
        QVERIFY(!quitOnSignal.quitRequested());
        ::raise(SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(quitOnSignal.quitRequested(), 10000);
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, [&loop] { loop.exit(1); });
        QVERIFY(loop.exec() != 1); // returned at once, not by the timer
        // A run of exec() clears what exit() left behind, for the tests that follow.
        QTimer::singleShot(0, this, [] { QCoreApplication::quit(); });
        QCoreApplication::exec();
#endif
    }

    void previousHandlersComeBack()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix signals");
#else
        struct sigaction before = {};
        ::sigaction(SIGTERM, nullptr, &before);
        {
            QuitOnSignal quitOnSignal;
            struct sigaction during = {};
            ::sigaction(SIGTERM, nullptr, &during);
            QVERIFY(during.sa_handler != before.sa_handler);
        }
        struct sigaction after = {};
        ::sigaction(SIGTERM, nullptr, &after);
        QVERIFY(after.sa_handler == before.sa_handler);
#endif
    }

    // Started with SIGHUP ignored (nohup), the app keeps ignoring it.
    void ignoredSignalsStayIgnored()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix signals");
#else
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        struct sigaction previous = {};
        ::sigaction(SIGHUP, &ignore, &previous);
        {
            QuitOnSignal quitOnSignal;
            struct sigaction during = {};
            ::sigaction(SIGHUP, nullptr, &during);
            QVERIFY(during.sa_handler == SIG_IGN);
        }
        ::sigaction(SIGHUP, &previous, nullptr);
#endif
    }
};

QTEST_GUILESS_MAIN(TestQuitOnSignal)
#include "tst_quitonsignal.moc"
