#include "SiteProcess.h"
#include "TempStore.h"
#include "TestPaths.h"
#include "store/SyncLock.h"
#include "sync/SyncController.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The desktop side of team mode: a SyncController watching its store while another desktop (a
// real yutang-cli process) syncs it. Both backends: PostgreSQL notifies, SQLite is polled.
class TestTeamStatus : public QObject
{
    Q_OBJECT

    static bool hasMessage(const QSignalSpy &spy, const QString &prefix)
    {
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).toString().startsWith(prefix))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    void syncOnAnotherDesktopReloadsThisOne()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        TempStore store;
        SyncController controller(store.db());
        QSignalSpy changed(&controller, &SyncController::storeChanged);
        QSignalSpy messages(&controller, &SyncController::message);

        QProcess otherDesktop;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YT_TOKEN"), QString::fromLatin1(site.token()));
        env.insert(QStringLiteral("PGPASSWORD"), TempStore::postgresPassword());
        otherDesktop.setProcessEnvironment(env);
        otherDesktop.start(TestPaths::cliBinary(),
                           {QStringLiteral("sync"), QStringLiteral("--site"), site.address(),
                            QStringLiteral("--db"), store.path(), QStringLiteral("--token-env"),
                            QStringLiteral("YT_TOKEN"), QStringLiteral("--quiet")});
        QVERIFY(otherDesktop.waitForFinished(120000));
        QVERIFY2(otherDesktop.exitCode() == 0, otherDesktop.readAllStandardError().constData());

        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QVERIFY(hasMessage(messages,
                           QStringLiteral("Updated by a sync on %1.").arg(SyncLock::thisHost())));
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(site.listAll(QStringLiteral("orders")).size()));
    }

    void syncRunningElsewhereIsShown()
    {
        if (!TempStore::usesPostgres())
            QSKIP("PostgreSQL only: a SQLite store has no advisory lock to watch");
        TempStore store;
        QString error;
        auto otherDesktop = store.db().clone(&error);
        QVERIFY2(otherDesktop, qPrintable(error));
        SyncController controller(store.db());
        QSignalSpy messages(&controller, &SyncController::message);
        SyncLock lock(*otherDesktop);
        QCOMPARE(lock.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);
        QTRY_VERIFY_WITH_TIMEOUT(
            hasMessage(messages, QStringLiteral("Syncing on %1 since ").arg(SyncLock::thisHost())),
            8000);
        QCOMPARE(messages.count(), 1); // said once, not every poll
    }
};

QTEST_MAIN(TestTeamStatus)
#include "tst_teamstatus.moc"
