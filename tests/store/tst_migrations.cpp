#include "TempStore.h"
#include "store/Migrations.h"
#include "store/StoreLocation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshStoreIsAtLatestVersion()
    {
        TempStore store;
        QCOMPARE(Migrations::currentVersion(store.db()), Migrations::latestVersion());
        QSqlQuery q(store.db().connection());
        for (const char *table : {"products", "customers", "orders", "order_items", "sessions", "events",
                                  "commissions", "sync_state", "quarantine", "meta", "shop"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), table);
        }
    }

    void walAndForeignKeysAreOn()
    {
        TempStore store;
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void indexesThePanesNeedExist()
    {
        TempStore store;
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM orders WHERE created_at >= 0 ORDER BY created_at")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QLatin1String("orders_created")), qPrintable(plan));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM customers WHERE referrer_id = 'c_1'")));
        plan.clear();
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QLatin1String("customers_referrer")), qPrintable(plan));
    }

    void reopeningKeepsDataAndDoesNotReapply()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QString error;
        {
            auto db = Database::open(StoreLocation::parse(path), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->setMeta(QStringLiteral("k"), QStringLiteral("v")));
        }
        auto db = Database::open(StoreLocation::parse(path), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->meta(QStringLiteral("k")), QStringLiteral("v"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QString error;
        {
            auto db = Database::open(StoreLocation::parse(path), &error);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 9999")));
        }
        auto db = Database::open(StoreLocation::parse(path), &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("9999")), qPrintable(error));
    }

    void failedStepRollsBack()
    {
        // A table that a step would create already exists: the step fails and leaves no trace.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE commissions (x INTEGER)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString error;
        auto db = Database::open(StoreLocation::parse(path), &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("commissions")), qPrintable(error));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM products"))); // step 1 rolled back
        raw.close();
    }

    void storeLocations()
    {
        QString error;
        StoreLocation pg = StoreLocation::parse(QStringLiteral("postgresql://yt@127.0.0.1:55432/shop?sslmode=require"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(pg.kind, SqlDialect::Kind::Postgres);
        QCOMPARE(pg.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(pg.port, 55432);
        QCOMPARE(pg.user, QStringLiteral("yt"));
        QCOMPARE(pg.database, QStringLiteral("shop"));
        QCOMPARE(pg.connectOptions, QStringLiteral("sslmode=require"));
        StoreLocation bad = StoreLocation::parse(QStringLiteral("postgresql://"), &error);
        QVERIFY(!error.isEmpty());
        error.clear();
        StoreLocation file = StoreLocation::parse(QStringLiteral("sqlite:/tmp/x.sqlite"), &error);
        QCOMPARE(file.kind, SqlDialect::Kind::Sqlite);
        QCOMPARE(file.sqlitePath, QStringLiteral("/tmp/x.sqlite"));
        Q_UNUSED(bad);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
