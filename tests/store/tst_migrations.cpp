#include "TempStore.h"
#include "store/Migrations.h"
#include "store/StoreLocation.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs on both backends (tst_migrations and tst_migrations_pg, see TempStore).
class TestMigrations : public QObject
{
    Q_OBJECT

    // An empty location (no schema yet) on the backend under test; cleanup() drops databases.
    QString emptyLocation(QTemporaryDir &dir, QStringList &owned)
    {
        if (!TempStore::usesPostgres())
            return dir.filePath(QStringLiteral("s.sqlite"));
        QString error;
        const QString url = TempStore::createPostgresDatabase(QStringLiteral("mig"), &error);
        if (!url.isEmpty())
            owned << url;
        return url;
    }
    static std::unique_ptr<Database> open(const QString &location, QString *error)
    {
        return Database::open(StoreLocation::parse(location), error, TempStore::postgresPassword());
    }
    static QSqlDatabase rawConnection(const QString &location, const QString &name)
    {
        const StoreLocation loc = StoreLocation::parse(location);
        QSqlDatabase raw = QSqlDatabase::addDatabase(SqlDialect(loc.kind).driverName(), name);
        if (loc.kind == SqlDialect::Kind::Sqlite) {
            raw.setDatabaseName(loc.sqlitePath);
            return raw;
        }
        raw.setHostName(loc.host);
        raw.setPort(loc.port);
        raw.setUserName(loc.user);
        raw.setDatabaseName(loc.database);
        raw.setPassword(TempStore::postgresPassword());
        return raw;
    }
    QStringList m_owned;

private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }
    void cleanup()
    {
        for (const QString &url : std::as_const(m_owned))
            TempStore::dropPostgresDatabase(url);
        m_owned.clear();
    }

    void freshStoreIsAtLatestVersion()
    {
        TempStore store;
        QCOMPARE(Migrations::currentVersion(store.db()), Migrations::latestVersion());
        QSqlQuery q(store.db().connection());
        for (const char *table :
             {"products", "customers", "orders", "order_items", "sessions", "events", "commissions",
              "sync_state", "quarantine", "meta", "shop", "sync_lock"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     table);
        }
    }

    void connectionSettings()
    {
        TempStore store;
        QSqlQuery q(store.db().connection());
        if (TempStore::usesPostgres()) {
            QVERIFY(q.exec(QStringLiteral("SHOW TIME ZONE")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("UTC"));
            QVERIFY(q.exec(QStringLiteral("SHOW client_encoding")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("UTF8"));
            return;
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8192); // a new store's
    }

    void indexesThePanesNeedExist()
    {
        TempStore store;
        QSqlQuery q(store.db().connection());
        if (TempStore::usesPostgres()) {
            // The planner may prefer a scan on an empty table, so look at the catalogue instead.
            QVERIFY(q.exec(QStringLiteral(
                "SELECT indexname FROM pg_indexes WHERE tablename IN ('orders', 'customers')")));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            QVERIFY2(names.contains(QLatin1String("orders_created")), qPrintable(names.join(u' ')));
            QVERIFY2(names.contains(QLatin1String("customers_referrer")),
                     qPrintable(names.join(u' ')));
            return;
        }
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT * FROM orders WHERE created_at >= 0 ORDER BY created_at")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QLatin1String("orders_created")), qPrintable(plan));
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT * FROM customers WHERE referrer_id = 'c_1'")));
        plan.clear();
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QLatin1String("customers_referrer")), qPrintable(plan));
    }

    void reopeningKeepsDataAndDoesNotReapply()
    {
        QTemporaryDir dir;
        const QString location = emptyLocation(dir, m_owned);
        QVERIFY(!location.isEmpty());
        QString error;
        {
            auto db = open(location, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->setMeta(QStringLiteral("k"), QStringLiteral("v")));
            QVERIFY(db->setMeta(QStringLiteral("k"), QStringLiteral("w"))); // the upsert path
        }
        auto db = open(location, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->meta(QStringLiteral("k")), QStringLiteral("w"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString location = emptyLocation(dir, m_owned);
        QString error;
        {
            auto db = open(location, &error);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 9999")));
        }
        auto db = open(location, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("9999")), qPrintable(error));
    }

    void storeFromBeforeStepBookkeepingGetsTheStepsItLacks()
    {
        // What the first release wrote: the steps it knew, and only the highest version number.
        // Steps added since (some numbered below that version) must still run on opening.
        QTemporaryDir dir;
        const QString location = emptyLocation(dir, m_owned);
        QVERIFY(!location.isEmpty());
        const QList<int> legacy = Migrations::stepsBeforeBookkeeping();
        {
            QSqlDatabase raw = rawConnection(location, QStringLiteral("legacy"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            const SqlDialect dialect(StoreLocation::parse(location).kind);
            for (const Migrations::Step &step : Migrations::steps()) {
                if (!legacy.contains(step.version))
                    continue;
                for (QString stmt : step.statements) {
                    stmt.replace(QLatin1String("{AUTOINC}"), dialect.autoIncrementPrimaryKey());
                    QVERIFY2(q.exec(stmt), qPrintable(stmt));
                }
            }
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(legacy.last())));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        QString error;
        auto db = open(location, &error);
        QVERIFY2(db, qPrintable(error));
        QSet<int> all;
        for (const Migrations::Step &step : Migrations::steps())
            all.insert(step.version);
        QCOMPARE(Migrations::appliedSteps(*db), all);
        QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
        // The newer steps really ran: their tables answer.
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_partitions")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM traffic_keywords_spans")), qPrintable(q.lastError().text()));
        // Reopening applies nothing twice.
        db.reset();
        db = open(location, &error);
        QVERIFY2(db, qPrintable(error));
    }

    void unknownStepIsRefused()
    {
        // A newer Yutang recorded a step this build does not have, numbered below its latest.
        int unknown = 2;
        for (const Migrations::Step &step : Migrations::steps())
            unknown = step.version == unknown ? unknown + 1 : unknown;
        QVERIFY(unknown < Migrations::latestVersion());
        QTemporaryDir dir;
        const QString location = emptyLocation(dir, m_owned);
        QString error;
        {
            auto db = open(location, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO schema_steps (version) VALUES (%1)").arg(unknown)));
        }
        auto db = open(location, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QString::number(unknown)), qPrintable(error));
    }

    void failedStepRollsBack()
    {
        // A table that a step would create already exists: the step fails and leaves no trace
        // (PostgreSQL's DDL is transactional too).
        QTemporaryDir dir;
        const QString location = emptyLocation(dir, m_owned);
        {
            QSqlDatabase raw = rawConnection(location, QStringLiteral("raw"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE commissions (x INTEGER)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString error;
        auto db = open(location, &error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("commissions")), qPrintable(error));
        {
            QSqlDatabase raw = rawConnection(location, QStringLiteral("raw2"));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM products"))); // step 1 rolled back
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    }

    void storeLocations()
    {
        QString error;
        StoreLocation pg = StoreLocation::parse(
            QStringLiteral("postgresql://yt@127.0.0.1:55432/shop?sslmode=require"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(pg.kind, SqlDialect::Kind::Postgres);
        QCOMPARE(pg.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(pg.port, 55432);
        QCOMPARE(pg.user, QStringLiteral("yt"));
        QCOMPARE(pg.database, QStringLiteral("shop"));
        QCOMPARE(pg.connectOptions, QStringLiteral("sslmode=require"));
        StoreLocation bad = StoreLocation::parse(QStringLiteral("postgresql://"), &error);
        QVERIFY(!error.isEmpty());
        Q_UNUSED(bad);
    }

    // SQLite locations come back as absolute paths with '/' separators. The paths are built from
    // the platform's own temporary folder, so that "absolute" means the same on every platform.
    void sqliteLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        const QString absolute = QDir(QDir::tempPath()).filePath(QStringLiteral("x.sqlite"));
        QTest::newRow("sqlite: prefix") << QStringLiteral("sqlite:") + absolute << absolute;
        QTest::newRow("plain path") << absolute << absolute;
        QTest::newRow("native separators") << QDir::toNativeSeparators(absolute) << absolute;
        QTest::newRow("dot segments")
            << QDir(QDir::tempPath()).filePath(QStringLiteral("a/../x.sqlite")) << absolute;
        const QString inCurrent =
            QDir::cleanPath(QDir::currentPath() + QStringLiteral("/x.sqlite"));
        QTest::newRow("relative") << QStringLiteral("sqlite:x.sqlite") << inCurrent;
#ifdef Q_OS_WIN
        // A drive letter's colon must not be taken for a scheme like "postgresql:".
        QTest::newRow("drive, sqlite: prefix")
            << QStringLiteral("sqlite:C:/shops/x.sqlite") << QStringLiteral("C:/shops/x.sqlite");
        QTest::newRow("drive, backslashes")
            << QStringLiteral("C:\\shops\\x.sqlite") << QStringLiteral("C:/shops/x.sqlite");
        QTest::newRow("drive, sqlite: prefix, backslashes")
            << QStringLiteral("sqlite:C:\\shops\\x.sqlite") << QStringLiteral("C:/shops/x.sqlite");
        QTest::newRow("UNC share") << QStringLiteral("\\\\server\\share\\x.sqlite")
                                   << QStringLiteral("//server/share/x.sqlite");
#endif
    }

    void sqliteLocations()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QString error;
        const StoreLocation file = StoreLocation::parse(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(file.kind, SqlDialect::Kind::Sqlite);
        QCOMPARE(file.sqlitePath, path);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
