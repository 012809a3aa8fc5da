#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "store/StoreChangeNotifier.h"
#include "store/SyncLock.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// Two desktops on one store: each "desktop" is its own connection (Database::clone()), as two
// processes on two machines would have. Runs on both backends (tst_synclock, tst_synclock_pg).
class TestSyncLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    void lockRecordsItsHolderAndReleases()
    {
        TempStore store;
        QString error;
        auto desktop = store.db().clone(&error);
        QVERIFY2(desktop, qPrintable(error));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        {
            SyncLock lock(*desktop);
            QCOMPARE(lock.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);
            const SyncLock::Holder holder =
                SyncLock::currentHolder(store.db()); // seen from another connection
            QCOMPARE(holder.host, SyncLock::thisHost());
            QCOMPARE(holder.pid, QCoreApplication::applicationPid());
            QVERIFY(holder.startedAt.toMSecsSinceEpoch() >= before);
            QVERIFY(holder.startedAt.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch());
        }
        QVERIFY(!SyncLock::currentHolder(store.db()).isValid()); // released with the object
    }

    void secondDesktopIsRefusedWhileTheFirstHoldsTheLock()
    {
        if (!TempStore::usesPostgres())
            QSKIP("A SQLite store has one desktop; the advisory lock is PostgreSQL's (see "
                  "tst_synclock_pg)");
        TempStore store;
        QString error;
        auto first = store.db().clone(&error);
        auto second = store.db().clone(&error);
        QVERIFY2(first && second, qPrintable(error));
        SyncLock held(*first);
        QCOMPARE(held.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);
        SyncLock other(*second);
        SyncLock::Holder holder;
        QCOMPARE(other.tryAcquire(&holder, &error), SyncLock::Outcome::HeldElsewhere);
        QCOMPARE(holder.host, SyncLock::thisHost());
        QVERIFY(!other.isHeld());
        held.release();
        QCOMPARE(other.tryAcquire(&holder, &error), SyncLock::Outcome::Acquired);
    }

    void lockOfACrashedDesktopGoesWithItsConnection()
    {
        if (!TempStore::usesPostgres())
            QSKIP("PostgreSQL only");
        TempStore store;
        QString error;
        auto crashed = store.db().clone(&error);
        auto next = store.db().clone(&error);
        auto lock = std::make_unique<SyncLock>(*crashed);
        QCOMPARE(lock->tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);
        // The "crash": the connection closes without releasing (the lock object is leaked on
        // purpose).
        crashed->connection().close();
        SyncLock mine(*next);
        QCOMPARE(mine.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);
        (void)lock.release(); // leaked on purpose: a crashed desktop never releases
    }

    void syncOnSecondDesktopReportsSyncingOnHost()
    {
        if (!TempStore::usesPostgres())
            QSKIP("PostgreSQL only");
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        TempStore store;
        auto first = store.db().clone(&error);
        auto second = store.db().clone(&error);
        QVERIFY2(first && second, qPrintable(error));
        SyncLock held(*first); // desktop 1 is in the middle of a sync
        QCOMPARE(held.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);

        const SyncResult refused = runSync(*second, site.address(), site.token());
        QCOMPARE(refused.status, SyncResult::Status::Failed);
        QCOMPARE(refused.failure, SyncResult::Failure::Locked);
        QCOMPARE(refused.lockHolder, SyncLock::thisHost());
        QVERIFY2(refused.error.startsWith(
                     QStringLiteral("Syncing on %1 since ").arg(SyncLock::thisHost())),
                 qPrintable(refused.error));
        QSqlQuery q(second->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0); // refused before writing anything

        held.release();
        const SyncResult ok = runSync(*second, site.address(), site.token());
        QCOMPARE(ok.status, SyncResult::Status::Ok);
        QVERIFY(!SyncLock::currentHolder(store.db()).isValid());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(site.listAll(QStringLiteral("orders")).size()));
    }

    void announceWakesTheOtherDesktop()
    {
        TempStore store;
        QString error;
        auto writer = store.db().clone(&error);
        QVERIFY2(writer, qPrintable(error));
        StoreChangeNotifier notifier(store.db(), nullptr, 50);
        QCOMPARE(notifier.isListening(), TempStore::usesPostgres());
        QSignalSpy spy(&notifier, &StoreChangeNotifier::changed);
        QTest::qWait(120);
        QCOMPARE(spy.count(), 0); // nothing changed yet
        QVERIFY(StoreChangeNotifier::announce(*writer));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), StoreChangeNotifier::thisOrigin());
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT counter FROM store_changes")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
    }

    void finishedSyncWakesTheOtherDesktop()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        TempStore store;
        auto syncing = store.db().clone(&error);
        QVERIFY2(syncing, qPrintable(error));
        StoreChangeNotifier notifier(store.db(), nullptr, 50);
        QSignalSpy spy(&notifier, &StoreChangeNotifier::changed);
        QCOMPARE(runSync(*syncing, site.address(), site.token()).status, SyncResult::Status::Ok);
        QTRY_COMPARE(spy.count(), 1);
        // The woken desktop sees the new data on its own connection, no reopening.
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(site.listAll(QStringLiteral("products")).size()));
    }
};

QTEST_GUILESS_MAIN(TestSyncLock)
#include "tst_synclock.moc"
