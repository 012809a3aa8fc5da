#include "../store/StoreFaultSupport.h"
#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "sites/yutang/YutangPuller.h"
#include "store/StoreFault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace StoreFaultSupport;

namespace {

QString message(const SyncResult &r)
{
    return r.error.isEmpty() ? QStringLiteral("ok") : r.error;
}

// The server ends the sync's session from another connection, as a restart or an administrator
// would: the connection the sync writes through is gone mid-page.
void dropSession(Database &syncing, Database &other)
{
    QSqlQuery pid(syncing.connection());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    QSqlQuery kill(other.connection());
    QVERIFY2(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())),
             qPrintable(kill.lastError().text()));
}

// Lets connections to the store's database in again, or keeps new ones out (those open stay), as
// a server that is down, or back, looks to a desktop that connects. Said from the server's base
// database (a database cannot shut itself).
void setReachable(const QString &database, bool reachable)
{
    const StoreLocation base = StoreLocation::parse(qEnvironmentVariable("YUTANG_TEST_PG_URL"));
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(base.host);
        admin.setPort(base.port);
        admin.setUserName(base.user);
        admin.setDatabaseName(base.database);
        admin.setPassword(TempStore::postgresPassword());
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY2(q.exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                            .arg(database,
                                 reachable ? QStringLiteral("true") : QStringLiteral("false"))),
                 qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

} // namespace

// A team server (PostgreSQL) that goes away in the middle of a sync: the sync says so, the pages
// committed before stay, and the next sync, with the server answering again, goes on from there.
class TestServerGone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TempStore::usesPostgres())
            QSKIP("A team server is needed (YUTANG_TEST_BACKEND=postgres).");
        YUTANG_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
    }

    void serverGoneMidSyncKeepsWhatWasStored()
    {
        TempStore store;
        QString error;
        auto other = store.db().clone(&error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(runSync(store.db(), m_site.address(), m_site.token()).status ==
                SyncResult::Status::Ok);
        const auto before = snapshot(*other);
        // A full listing again; the session ends during its third page.
        AfterPages gone(3, [&](Database &db) { dropSession(db, *other); });
        SyncEngine::Options options = testSyncOptions(m_site.address(), m_site.token(), true, 50);
        options.partitions = 1;
        const SyncResult failed = runSyncWith(
            store.db(), options, [&](SyncEngine &engine) { engine.applier().addObserver(&gone); });
        QCOMPARE(failed.status, SyncResult::Status::Failed);
        QCOMPARE(failed.failure, SyncResult::Failure::Store);
        QVERIFY2(failed.error.contains(QLatin1String("went away")) &&
                     failed.error.contains(QLatin1String("Everything stored before is kept")),
                 qPrintable(failed.error));
        QCOMPARE(snapshot(*other), before);
        // The next sync opens the connection again and finishes the listing.
        const SyncResult resumed = runSync(store.db(), m_site.address(), m_site.token());
        QVERIFY2(resumed.status == SyncResult::Status::Ok, qPrintable(message(resumed)));
        QCOMPARE(snapshot(*other), before);
    }

    void serverGoneSyncResumesWithoutGapsOrDuplicates()
    {
        TempStore reference, store;
        QVERIFY(runSync(reference.db(), m_site.address(), m_site.token()).status ==
                SyncResult::Status::Ok);
        QString error;
        auto other = store.db().clone(&error);
        QVERIFY2(other, qPrintable(error));
        // Gone after a first group of pages was committed (a commit takes several pages).
        AfterPages gone(YutangPuller::kPagesPerCommit + 4,
                        [&](Database &db) { dropSession(db, *other); });
        SyncEngine::Options options = testSyncOptions(m_site.address(), m_site.token(), false, 100);
        options.partitions = 1;
        const SyncResult failed = runSyncWith(
            store.db(), options, [&](SyncEngine &engine) { engine.applier().addObserver(&gone); });
        QCOMPARE(failed.status, SyncResult::Status::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("went away")), qPrintable(failed.error));
        // The committed pages are there: records as the site sent them.
        const auto partial = snapshot(*other);
        const auto whole = snapshot(reference.db());
        qint64 kept = 0;
        for (const QString &table : {QStringLiteral("products"), QStringLiteral("orders"),
                                     QStringLiteral("order_items"), QStringLiteral("events")}) {
            kept += partial.value(table).size();
            for (const QString &row : partial.value(table))
                QVERIFY2(whole.value(table).contains(row), qPrintable(row));
        }
        QVERIFY(kept > 0);
        const SyncResult resumed = runSyncWith(store.db(), options);
        QVERIFY2(resumed.status == SyncResult::Status::Ok, qPrintable(message(resumed)));
        QCOMPARE(snapshot(store.db()), whole);
    }

    void serverStillAwayIsToldUntilItIsBack()
    {
        TempStore store;
        QString error;
        auto other = store.db().clone(&error);
        QVERIFY2(other, qPrintable(error));
        const QString database = StoreLocation::parse(store.path()).database;
        QVERIFY(runSync(store.db(), m_site.address(), m_site.token()).status ==
                SyncResult::Status::Ok);
        const auto before = snapshot(*other);
        AfterPages gone(2, [&](Database &db) {
            dropSession(db, *other);
            setReachable(database, false);
        });
        SyncEngine::Options options = testSyncOptions(m_site.address(), m_site.token(), true, 50);
        options.partitions = 1;
        const SyncResult failed = runSyncWith(
            store.db(), options, [&](SyncEngine &engine) { engine.applier().addObserver(&gone); });
        QVERIFY2(failed.error.contains(QLatin1String("went away")), qPrintable(failed.error));
        // Still away: the next sync says so before reaching the site, and keeps the store as it is.
        const SyncResult away = runSync(store.db(), m_site.address(), m_site.token());
        QCOMPARE(away.status, SyncResult::Status::Failed);
        QCOMPARE(away.failure, SyncResult::Failure::Store);
        QVERIFY2(away.error.count(QLatin1String("went away")) == 1, qPrintable(away.error));
        QCOMPARE(snapshot(*other), before);
        // Back: the sync connects again and finishes the listing.
        setReachable(database, true);
        const SyncResult back = runSync(store.db(), m_site.address(), m_site.token());
        QVERIFY2(back.status == SyncResult::Status::Ok, qPrintable(message(back)));
        QCOMPARE(snapshot(*other), before);
    }

private:
    SiteProcess m_site;
};

QTEST_GUILESS_MAIN(TestServerGone)
#include "tst_servergone.moc"
