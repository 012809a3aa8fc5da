#include "../cli/CliRunner.h"
#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// yutang-cli migrate: a demo shop synced into SQLite, copied into the backend under test
// (PostgreSQL in tst_migrate_pg; another SQLite file in tst_migrate), compared table by table,
// every column including ids and sync bookkeeping.
class TestMigrate : public QObject
{
    Q_OBJECT

    static QStringList fullDump(const Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        QStringList rows;
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return {QStringLiteral("error")};
        while (q.next()) {
            QStringList cells;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                cells << rec.fieldName(i) + QLatin1Char('=') +
                             (q.value(i).isNull() ? QStringLiteral("<null>")
                                                  : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    QString m_sourcePath;
    QTemporaryDir m_dir;
    SiteProcess m_site;

private Q_SLOTS:
    void initTestCase()
    {
        YUTANG_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
        m_sourcePath = m_dir.filePath(QStringLiteral("local.sqlite"));
        auto local = Database::open(StoreLocation::parse(m_sourcePath), &error);
        QVERIFY2(local, qPrintable(error));
        QCOMPARE(runSync(*local, m_site.address(), m_site.token()).status, SyncResult::Status::Ok);
        // libpq's own password source for the CLI's connection (the keychain has no entry here).
        qputenv("PGPASSWORD", TempStore::postgresPassword().toUtf8());
    }

    void migrateCopiesEveryTableExactly()
    {
        TempStore team;
        const CliRun run = runCli({QStringLiteral("migrate"), QStringLiteral("--from"),
                                   QStringLiteral("sqlite:") + m_sourcePath, QStringLiteral("--to"),
                                   team.path(), QStringLiteral("--batch"), QStringLiteral("700")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("MISMATCH")), qPrintable(run.out));
        QString error;
        auto local = Database::open(StoreLocation::parse(m_sourcePath), &error);
        QVERIFY2(local, qPrintable(error));
        QStringList tables = local->connection().tables(QSql::Tables);
        tables.removeAll(QStringLiteral("schema_version"));
        tables.removeAll(QStringLiteral("schema_steps"));
        tables.removeAll(QStringLiteral("sqlite_sequence"));
        QVERIFY(tables.contains(QLatin1String("orders")) &&
                tables.contains(QLatin1String("sync_state")));
        qint64 rows = 0;
        for (const QString &table : std::as_const(tables)) {
            const QStringList left = fullDump(*local, table);
            const QStringList right = fullDump(team.db(), table);
            QVERIFY2(left == right, qPrintable(QStringLiteral("%1: %2 vs %3 rows")
                                                   .arg(table)
                                                   .arg(left.size())
                                                   .arg(right.size())));
            QVERIFY2(run.out.contains(QRegularExpression(
                         QStringLiteral("^%1 +%2 +%2 ok$").arg(table).arg(left.size()),
                         QRegularExpression::MultilineOption)),
                     qPrintable(table + QLatin1Char('\n') + run.out));
            rows += left.size();
        }
        QVERIFY(rows > 1000);
        QVERIFY2(run.err.contains(QStringLiteral("Copied %1 rows").arg(rows)), qPrintable(run.err));

        // The copy goes on where the local store was: an incremental sync finds nothing new, and
        // the quarantine's numbering continues after the copied ids.
        const qint64 ordersBefore = fullDump(team.db(), QStringLiteral("orders")).size();
        QCOMPARE(runSync(team.db(), m_site.address(), m_site.token()).status,
                 SyncResult::Status::Ok);
        QCOMPARE(fullDump(team.db(), QStringLiteral("orders")).size(), ordersBefore);
        QSqlQuery q(team.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM quarantine")) && q.next());
        const qint64 lastCopied = q.value(0).toLongLong();
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO quarantine (collection, reason, raw_json, received_at) "
                           "VALUES ('orders', 'test', '{}', 0)")));
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM quarantine WHERE reason = 'test'")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), lastCopied + 1);
    }

    void targetWithDataIsRefusedUnlessReplaced()
    {
        TempStore team;
        const QStringList args{QStringLiteral("migrate"), QStringLiteral("--from"), m_sourcePath,
                               QStringLiteral("--to"), team.path()};
        QCOMPARE(runCli(args).exitCode, 0);
        const CliRun again = runCli(args);
        QCOMPARE(again.exitCode, 6);
        QVERIFY2(again.err.contains(QLatin1String("already holds data")), qPrintable(again.err));
        const CliRun replaced = runCli(args + QStringList{QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    }

    void usageErrors()
    {
        QCOMPARE(
            runCli({QStringLiteral("migrate"), QStringLiteral("--from"), m_sourcePath}).exitCode,
            2);
        const CliRun missing =
            runCli({QStringLiteral("migrate"), QStringLiteral("--from"),
                    m_dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--to"),
                    QStringLiteral("postgresql://yt@127.0.0.1:1/yt")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY2(missing.err.contains(QLatin1String("no store")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
