#include "CliRunner.h"
#include "SiteProcess.h"
#include "sync/TokenStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({QStringLiteral("--malformed"), QString::number(kMalformed)}, &error),
                 qPrintable(error));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("YT_TOKEN"), QString::fromLatin1(m_site.token()));
        // One synced store the reading verbs share (they do not change it), made here so that no
        // test depends on another having run.
        m_synced = m_dir.filePath(QStringLiteral("shared.sqlite"));
        const CliRun sync =
            runCli({QStringLiteral("sync"), QStringLiteral("--site"), m_site.address(),
                    QStringLiteral("--db"), m_synced, QStringLiteral("--token-env"),
                    QStringLiteral("YT_TOKEN"), QStringLiteral("--quiet")},
                   m_env);
        QVERIFY2(sync.exitCode == ExitOk, qPrintable(sync.err));
    }

    void usageAndUnknownVerbs()
    {
        QCOMPARE(runCli({}).exitCode, int(ExitUsage));
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, int(ExitOk));
        QVERIFY(help.out.contains(QLatin1String("sync")));
        QVERIFY(help.out.contains(QLatin1String("status")));
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("sync"), QStringLiteral("--no-such-option")}).exitCode, int(ExitUsage));
    }

    // A verb that reads a store, pointed at a file that does not exist, says so with the store's
    // exit code and leaves no empty store behind (it used to create one and report zeros).
    void readingVerbsRefuseAMissingStore()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("never-synced.sqlite"));
        for (const QStringList &verb :
             {QStringList{QStringLiteral("status")},
              QStringList{QStringLiteral("export"), QStringLiteral("orders")},
              QStringList{QStringLiteral("outbox")}}) {
            const CliRun run = runCli(verb + QStringList{QStringLiteral("--db"), missing});
            QCOMPARE(run.exitCode, int(ExitStore));
            QVERIFY2(run.err.contains(QLatin1String("No store at")), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(missing));
        }
    }

    void syncThenStatusJson()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--site"), m_site.address(), QStringLiteral("--db"), db,
                                    QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN")},
                                   m_env);
        QVERIFY2(sync.exitCode == ExitOk, qPrintable(sync.err));
        QVERIFY(sync.err.contains(QLatin1String("collections done"))); // progress on stderr
        // A first sync derives its figures at the end, and says so while it does.
        QVERIFY(sync.err.contains(QLatin1String("Bringing the figures up to date")));
        QVERIFY(sync.out.contains(QLatin1String("Synced")));

        const CliRun status = runCli({QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(status.exitCode, int(ExitOk));
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        const QJsonObject counts = json.value(QLatin1String("counts")).toObject();
        for (const char *c : {"products", "customers", "orders", "sessions", "events", "commissions"})
            QVERIFY2(counts.value(QLatin1String(c)).toInteger() > 0, c);
        QCOMPARE(counts.value(QLatin1String("orders")).toInteger(), qint64(m_site.listAll(QStringLiteral("orders")).size()) -
                     json.value(QLatin1String("quarantined")).toObject().value(QLatin1String("orders")).toArray().size());
        const QJsonObject quarantined = json.value(QLatin1String("quarantined")).toObject();
        QVERIFY(!quarantined.isEmpty());
        qint64 total = 0;
        for (const QJsonValue &list : quarantined) {
            for (const QJsonValue &entry : list.toArray()) {
                QVERIFY(!entry.toObject().value(QLatin1String("reason")).toString().isEmpty());
                ++total;
            }
        }
        QCOMPARE(total, json.value(QLatin1String("quarantined_total")).toInteger());
        QCOMPARE(total, qint64(kMalformed)); // what the site was told to plant
        QVERIFY(json.value(QLatin1String("last_sync_at")).isString());
        QCOMPARE(json.value(QLatin1String("shop")).toObject().value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Shanghai"));
    }

    void exportProblemsAsJsonAndCsv()
    {
        const QString db = m_synced;
        const CliRun json = runCli({QStringLiteral("export"), QStringLiteral("problems"), QStringLiteral("--db"), db,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == ExitOk, qPrintable(json.err));
        const QJsonObject table = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray rows = table.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), kMalformed); // what the site was told to plant
        QVERIFY(table.value(QLatin1String("columns")).toArray().contains(QStringLiteral("reason")));
        for (const QJsonValue &r : rows)
            QVERIFY(!r.toObject().value(QLatin1String("reason")).toString().isEmpty());

        const QString file = m_dir.filePath(QStringLiteral("problems.csv"));
        const CliRun csv = runCli({QStringLiteral("export"), QStringLiteral("problems"), QStringLiteral("--db"), db,
                                   QStringLiteral("-o"), file});
        QCOMPARE(csv.exitCode, int(ExitOk));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel-friendly by default
        QCOMPARE(bytes.count("\r\n") >= rows.size() + 1, true);

        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("nonsense"), QStringLiteral("--db"), db}).exitCode, int(ExitUsage));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("problems"), QStringLiteral("--db"), db, QStringLiteral("--encoding"),
                         QStringLiteral("latin1")}).exitCode,
                 int(ExitUsage));
    }

    void failuresHaveDistinctExitCodes()
    {
        const QString db = m_dir.filePath(QStringLiteral("fail.sqlite"));
        QProcessEnvironment badEnv = m_env;
        badEnv.insert(QStringLiteral("YT_TOKEN"), QStringLiteral("wrong"));
        const CliRun bad = runCli({QStringLiteral("sync"), QStringLiteral("--site"), m_site.address(), QStringLiteral("--db"), db,
                                   QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN")},
                                  badEnv);
        QCOMPARE(bad.exitCode, int(ExitUnauthorized));
        QVERIFY(bad.err.contains(QLatin1String("401")));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const CliRun unreachable = runCli({QStringLiteral("sync"), QStringLiteral("--site"), closed, QStringLiteral("--db"), db,
                                           QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN")},
                                          m_env);
        QCOMPARE(unreachable.exitCode, int(ExitUnreachable));

        const CliRun badUrl = runCli({QStringLiteral("sync"), QStringLiteral("--site"), QStringLiteral("http://shop.example.cn"),
                                      QStringLiteral("--db"), db, QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN")},
                                     m_env);
        QCOMPARE(badUrl.exitCode, int(ExitBadAddress));
        QVERIFY(badUrl.err.contains(QLatin1String("https")));

        const CliRun noEnv = runCli({QStringLiteral("sync"), QStringLiteral("--site"), m_site.address(), QStringLiteral("--db"), db,
                                     QStringLiteral("--token-env"), QStringLiteral("YT_NOT_SET_ANYWHERE")},
                                    m_env);
        QCOMPARE(noEnv.exitCode, int(ExitKeychain));
    }

    void tokenFromTheKeychain()
    {
        // A real secret service (gnome-keyring in the test's D-Bus session) holds the token.
        const QString profile = QStringLiteral("cli-keychain-test");
        const CliRun set = runCli({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--site"), m_site.address()},
                                  m_env, QString::fromLatin1(m_site.token()) + QLatin1Char('\n'));
        QVERIFY2(set.exitCode == ExitOk, qPrintable(set.err));
        QByteArray stored;
        QString error;
        QVERIFY2(TokenStore::readBlocking(TokenStore::tokenKey(profile), &stored, &error), qPrintable(error));
        QCOMPARE(stored, m_site.token());

        const QString db = m_dir.filePath(QStringLiteral("keychain.sqlite"));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--profile"), profile, QStringLiteral("--db"), db});
        QVERIFY2(sync.exitCode == ExitOk, qPrintable(sync.err));

        QCOMPARE(runCli({QStringLiteral("token"), QStringLiteral("clear"), QStringLiteral("--profile"), profile}).exitCode, int(ExitOk));
        const CliRun after = runCli({QStringLiteral("sync"), QStringLiteral("--profile"), profile, QStringLiteral("--db"), db});
        QCOMPARE(after.exitCode, int(ExitKeychain));
        QVERIFY(after.err.contains(profile));
    }

private:
    static constexpr int kMalformed = 6;
    SiteProcess m_site;
    QTemporaryDir m_dir;
    QString m_synced; // synced once in initTestCase
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
