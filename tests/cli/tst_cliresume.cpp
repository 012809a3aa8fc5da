#include "SiteProcess.h"
#include "TempStore.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Kills the real yutang-cli mid-sync (SIGKILL, no chance to clean up), runs it again, and checks
// that the result equals an uninterrupted sync: no gap, no duplicate.
class TestCliResume : public QObject
{
    Q_OBJECT

    int runCli(const QStringList &args, int killAfterMs = -1)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YT_TOKEN"), QString::fromLatin1(m_site.token()));
        cli.setProcessEnvironment(env);
        cli.start(TestPaths::cliBinary(), args);
        if (!cli.waitForStarted(10000))
            return -100;
        if (killAfterMs >= 0) {
            if (cli.waitForFinished(killAfterMs))
                return cli.exitCode(); // finished before the kill: the test below notices
            cli.kill();
            cli.waitForFinished(10000);
            return -1;
        }
        cli.waitForFinished(180000);
        if (cli.exitCode() != 0)
            qWarning("yutang-cli: %s", cli.readAllStandardError().constData());
        return cli.exitCode();
    }

    QStringList syncArgs(const QString &db, const QString &pageSize = QStringLiteral("50"))
    {
        return {QStringLiteral("sync"), QStringLiteral("--site"), m_site.address(), QStringLiteral("--db"), db,
                QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN"), QStringLiteral("--page-size"), pageSize,
                QStringLiteral("--quiet")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // Latency makes the sync take a few seconds, so kills land mid-listing.
        QVERIFY2(m_site.start({QStringLiteral("--latency-ms"), QStringLiteral("15")}, &error), qPrintable(error));
    }

    void killedSyncResumesToTheSameStore()
    {
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
        const QString killed = dir.filePath(QStringLiteral("killed.sqlite"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(syncArgs(reference)), 0);
        const qint64 fullMs = timer.elapsed();
        QVERIFY2(fullMs > 600, qPrintable(QString::number(fullMs))); // long enough to be killed midway

        int kills = 0;
        for (int fraction : {15, 40, 70}) {
            if (runCli(syncArgs(killed), int(fullMs * fraction / 100)) == -1)
                ++kills;
        }
        QVERIFY(kills >= 2);
        QCOMPARE(runCli(syncArgs(killed)), 0);

        QString error;
        auto a = Database::open(StoreLocation::parse(reference), &error);
        auto b = Database::open(StoreLocation::parse(killed), &error);
        QVERIFY(a && b);
        for (const QString &table : {QStringLiteral("products"), QStringLiteral("customers"), QStringLiteral("orders"),
                                     QStringLiteral("order_items"), QStringLiteral("sessions"), QStringLiteral("events"),
                                     QStringLiteral("commissions")}) {
            const QStringList left = TempStore::dump(*a, table);
            const QStringList right = TempStore::dump(*b, table);
            QVERIFY2(!left.isEmpty(), qPrintable(table));
            QVERIFY2(left == right, qPrintable(QStringLiteral("%1: %2 vs %3 rows").arg(table).arg(left.size()).arg(right.size())));
        }
    }

private:
    SiteProcess m_site;
};

QTEST_GUILESS_MAIN(TestCliResume)
#include "tst_cliresume.moc"
