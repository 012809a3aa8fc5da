#include "../cli/CliRunner.h"
#include "TempStore.h"
#include "store/StorePassword.h"
#include "sync/TokenStore.h"

#include <QDir>
#include <QTest>

// The team database's password: set through yutang-cli from stdin into the keychain of the test
// session (gnome-keyring), then used by Database::open without any password given.
class TestStorePassword : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyNamesTheDatabaseNotTheOptions()
    {
        const StoreLocation loc = StoreLocation::parse(
            QStringLiteral("postgresql://shop@db.example.cn:6543/tea?sslmode=require"));
        QCOMPARE(StorePassword::keyFor(loc),
                 QStringLiteral("store-password/shop@db.example.cn:6543/tea"));
    }

    void setFromStdinThenOpenWithoutAPassword()
    {
        if (qEnvironmentVariableIsEmpty("YUTANG_TEST_PG_URL"))
            QSKIP("needs the test PostgreSQL server (YUTANG_TEST_PG_URL; scripts/test.sh starts "
                  "one)");
        QString error;
        const QString url = TempStore::createPostgresDatabase(QStringLiteral("pw"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const StoreLocation location = StoreLocation::parse(url);
        qunsetenv("PGPASSWORD"); // only the keychain may supply it

        const CliRun set = runCli(
            {QStringLiteral("store-password"), QStringLiteral("set"), QStringLiteral("--db"), url},
            QProcessEnvironment::systemEnvironment(),
            TempStore::postgresPassword() + QLatin1Char('\n'));
        if (set.exitCode == 7)
            QSKIP(qPrintable(QStringLiteral("no keychain in this session: ") + set.err));
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(!set.out.contains(TempStore::postgresPassword()));
        QCOMPARE(StorePassword::lookup(location), TempStore::postgresPassword());
        {
            auto db = Database::open(location, &error);
            QVERIFY2(db, qPrintable(error));
        }
        const CliRun check = runCli({QStringLiteral("store-password"), QStringLiteral("check"),
                                     QStringLiteral("--db"), url});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("store-password"), QStringLiteral("clear"),
                         QStringLiteral("--db"), url})
                     .exitCode,
                 0);
        QVERIFY(StorePassword::lookup(location).isEmpty());
        auto refused = Database::open(location, &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QLatin1String("store-password set")), qPrintable(error));
        TempStore::dropPostgresDatabase(url);
    }

    void usage()
    {
        // A SQLite store has no password to keep.
        QCOMPARE(
            runCli({QStringLiteral("store-password"), QStringLiteral("set"), QStringLiteral("--db"),
                    QDir(QDir::tempPath()).filePath(QStringLiteral("x.sqlite"))})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("store-password"), QStringLiteral("set")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestStorePassword)
#include "tst_storepassword.moc"
