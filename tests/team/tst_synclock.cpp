#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "TestPaths.h"
#include "store/StoreChangeNotifier.h"
#include "store/SyncLock.h"
#include "sync/SyncEngine.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

SyncEngine::Options waitingOptions(const SiteProcess &site, int lockWaitMs)
{
    SyncEngine::Options options;
    options.siteAddress = site.address();
    options.token = site.token();
    options.pageLimit = 200;
    options.retry.baseDelayMs = 20;
    options.lockWaitMs = lockWaitMs;
    return options;
}

} // namespace

// Two desktops on one store: each "desktop" is its own connection (Database::clone()), as two
// processes on two machines would have. Runs on both backends (tst_synclock, tst_synclock_pg).
class TestSyncLock : public QObject
{
    Q_OBJECT
    // A team store with a site to sync from, whose first desktop holds the sync lock (as in the
    // middle of a sync) on a connection of its own.
    struct LockedStore
    {
        SiteProcess site;
        TempStore store;
        std::unique_ptr<Database> first;
        std::unique_ptr<SyncLock> held;
        QString error;

        bool start()
        {
            if (!site.start({}, &error) || !(first = store.db().clone(&error)))
                return false;
            held = std::make_unique<SyncLock>(*first);
            return held->tryAcquire(nullptr, &error) == SyncLock::Outcome::Acquired;
        }
    };

    // `yutang-cli sync` of `site` into `store` as another desktop would run it.
    static void startCliSync(QProcess &process, const SiteProcess &site, const TempStore &store,
                             const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YT_TOKEN"), QString::fromLatin1(site.token()));
        env.insert(QStringLiteral("PGPASSWORD"), TempStore::postgresPassword());
        process.setProcessEnvironment(env);
        process.start(TestPaths::cliBinary(),
                      QStringList{QStringLiteral("sync"), QStringLiteral("--site"), site.address(),
                                  QStringLiteral("--db"), store.path(),
                                  QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN")} +
                          extra);
    }

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
        // The server ends the closed connection's backend (and drops its locks) a moment after
        // the client hung up, not at once: on a busy machine the first try can still be refused.
        QTRY_COMPARE_WITH_TIMEOUT(mine.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired,
                                  10000);
        // Leaked on purpose: a crashed desktop never releases. It refers to `crashed`, gone after
        // this test, so it is never destroyed; held from a static (a list that is never
        // destroyed either), it stays reachable, which is what LeakSanitizer asks of memory kept
        // until the process ends.
        static auto *crashedDesktopsLocks = new QList<SyncLock *>;
        crashedDesktopsLocks->append(lock.release());
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

    void secondDesktopWaitsForTheLockThenSyncs()
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
        auto held = std::make_unique<SyncLock>(*first); // desktop 1 is in the middle of a sync
        QCOMPARE(held->tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);

        // Desktop 2, asked to wait up to a minute, says it waits; then desktop 1 finishes.
        qint64 ordersWhenReleased = -1;
        QStringList messages;
        const SyncResult result =
            runSyncWith(*second, waitingOptions(site, 60000), [&](SyncEngine &engine) {
                QObject::connect(&engine, &SyncEngine::message, &engine, [&](const QString &m) {
                    messages << m;
                    if (held && m.endsWith(QStringLiteral("for it to end…"))) {
                        ordersWhenReleased = count(*first, QStringLiteral("orders"));
                        held.reset();
                    }
                });
            });
        QCOMPARE(result.status, SyncResult::Status::Ok);
        QCOMPARE(ordersWhenReleased, 0); // it waited without writing
        QVERIFY2(
            !messages.isEmpty() &&
                messages.first().startsWith(
                    QStringLiteral("Syncing on %1 since ").arg(SyncLock::thisHost())) &&
                messages.first().endsWith(QStringLiteral("; waiting up to 60 s for it to end…")),
            qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(messages.contains(QStringLiteral("The other sync ended; syncing now.")));
        QCOMPARE(count(*second, QStringLiteral("orders")),
                 qint64(site.listAll(QStringLiteral("orders")).size()));
        QVERIFY(!SyncLock::isHeldByAnyone(store.db())); // and let go of it at the end
    }

    void waitingGivesUpWhenTheTimeIsUp()
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
        SyncLock held(*first); // never released during the test
        QCOMPARE(held.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);

        const SyncResult result = runSyncWith(*second, waitingOptions(site, 800));
        QCOMPARE(result.status, SyncResult::Status::Failed);
        QCOMPARE(result.failure, SyncResult::Failure::Locked);
        QCOMPARE(result.lockHolder, SyncLock::thisHost());
        QVERIFY2(result.error.startsWith(
                     QStringLiteral("Syncing on %1 since ").arg(SyncLock::thisHost())) &&
                     result.error.contains(QStringLiteral("Gave up waiting after ")),
                 qPrintable(result.error));
        QCOMPARE(count(*second, QStringLiteral("orders")), 0);
        QVERIFY(held.isHeld());
    }

    void waitingSyncCanBeCancelled()
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
        SyncLock held(*first);
        QCOMPARE(held.tryAcquire(nullptr, &error), SyncLock::Outcome::Acquired);

        // The user cancels as soon as the sync says it waits (instead of after the minute).
        const SyncResult result =
            runSyncWith(*second, waitingOptions(site, 60000), [](SyncEngine &engine) {
                QObject::connect(&engine, &SyncEngine::message, &engine,
                                 [&engine](const QString &m) {
                                     if (m.endsWith(QStringLiteral("for it to end…")))
                                         engine.cancel();
                                 });
            });
        QCOMPARE(result.status, SyncResult::Status::Cancelled);
        QCOMPARE(count(*second, QStringLiteral("orders")), 0);
        QVERIFY(held.isHeld());
    }

    void cliWaitLockWaitsForTheOtherDesktop()
    {
        if (!TempStore::usesPostgres())
            QSKIP("PostgreSQL only");
        LockedStore locked;
        QVERIFY2(locked.start(), qPrintable(locked.error));
        SiteProcess &site = locked.site;
        TempStore &store = locked.store;
        Database &first = *locked.first;
        SyncLock &held = *locked.held;

        QProcess otherDesktop;
        startCliSync(otherDesktop, site, store,
                     {QStringLiteral("--wait-lock"), QStringLiteral("120")});
        QVERIFY(otherDesktop.waitForStarted());
        QByteArray stderrText;
        const QByteArray waiting =
            QStringLiteral("Syncing on %1 since ").arg(SyncLock::thisHost()).toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT(
            (stderrText += otherDesktop.readAllStandardError(), stderrText.contains(waiting)),
            30000);
        QVERIFY(stderrText.contains("; waiting up to 120 s for it to end…"));
        QCOMPARE(otherDesktop.state(), QProcess::Running); // waiting, nothing written
        QCOMPARE(count(first, QStringLiteral("orders")), 0);

        held.release();
        QVERIFY(otherDesktop.waitForFinished(120000));
        stderrText += otherDesktop.readAllStandardError();
        QVERIFY2(otherDesktop.exitCode() == 0, stderrText.constData());
        QVERIFY(stderrText.contains("The other sync ended; syncing now."));
        QCOMPARE(count(first, QStringLiteral("orders")),
                 qint64(site.listAll(QStringLiteral("orders")).size()));
    }

    void cliWithoutWaitLockReportsTheOtherDesktop()
    {
        if (!TempStore::usesPostgres())
            QSKIP("PostgreSQL only");
        LockedStore locked;
        QVERIFY2(locked.start(), qPrintable(locked.error));
        SiteProcess &site = locked.site;
        TempStore &store = locked.store;
        Database &first = *locked.first;

        QProcess otherDesktop; // while the first desktop holds the lock
        startCliSync(otherDesktop, site, store, {QStringLiteral("--quiet")});
        QVERIFY(otherDesktop.waitForFinished(60000));
        const QByteArray stderrText = otherDesktop.readAllStandardError();
        QCOMPARE(otherDesktop.exitCode(), 1);
        QVERIFY2(stderrText.contains(QStringLiteral("Sync failed: Syncing on %1 since ")
                                         .arg(SyncLock::thisHost())
                                         .toUtf8()),
                 stderrText.constData());
        QCOMPARE(count(first, QStringLiteral("orders")), 0);
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
        if (!notifier.isListening()) // polling: looked twice and found nothing new
            QTRY_VERIFY(notifier.pollCount() >= 2);
        QCoreApplication::processEvents();
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
