// yutang-cli on a WooCommerce profile, in-process, against yutang-woo-site (fixture
// small-tea-shop.json) with the real keychain (gnome-keyring in the test's D-Bus session):
// connect (read/write and read-only keys, a refused key, a closed port, a bad address), token set,
// sync, edit, ship and push. What the shop holds is read back through /__admin/dump.
#include "CliRunner.h"
#include "WooSiteProcess.h"
#include "sites/woocommerce/WooCredentials.h"
#include "sync/ConnectionProfile.h"
#include "sync/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestWooCli : public QObject
{
    Q_OBJECT
private:
    WooSiteProcess m_site;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    const QString m_profile = QStringLiteral("woo-cli-test");

    QJsonObject dumped(const QString &collection, qint64 id) const
    {
        const QJsonObject dump =
            QJsonDocument::fromJson(m_site.adminGet(QStringLiteral("dump"))).object();
        for (const QJsonValue &v : dump.value(collection).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toInteger() == id)
                return v.toObject();
        }
        return {};
    }
    QByteArray keychain(const QString &profile) const
    {
        QByteArray stored;
        QString error;
        if (!TokenStore::readBlocking(TokenStore::tokenKey(profile), &stored, &error))
            return {};
        return stored;
    }
    CliRun connect(const QString &profile, const QString &site, const QString &stdinText)
    {
        return runCli({QStringLiteral("connect"), QStringLiteral("--profile"), profile,
                       QStringLiteral("--kind"), QStringLiteral("woocommerce"),
                       QStringLiteral("--site"), site},
                      m_env, stdinText);
    }
    static QByteArray packed(const char *key, const char *secret)
    {
        return WooCredentials{QString::fromLatin1(key), QString::fromLatin1(secret)}.pack();
    }
    QString db() const { return m_dir.filePath(QStringLiteral("woo.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_site.start({QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE),
                          QStringLiteral("--key"), QStringLiteral("ck_test:cs_test:read_write"),
                          QStringLiteral("--key"), QStringLiteral("ck_ro:cs_ro:read")},
                         &error),
            qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void connectRefusesWhatDoesNotWork()
    {
        const QString profile = QStringLiteral("woo-cli-refused");
        CliRun r = connect(profile, m_site.address(), QStringLiteral("ck_test\ncs_wrong\n"));
        QCOMPARE(r.exitCode, int(ExitUnauthorized));
        QVERIFY(!r.err.contains(QStringLiteral("cs_wrong")));
        QVERIFY(keychain(profile).isEmpty());
        QVERIFY(!ProfileStore::find(profile).isValid());

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString closedAddress =
            QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        r = connect(profile, closedAddress, QStringLiteral("ck_test\ncs_test\n"));
        QCOMPARE(r.exitCode, int(ExitUnreachable));
        QVERIFY(keychain(profile).isEmpty());

        r = connect(profile, QStringLiteral("http://shop.example.cn"),
                    QStringLiteral("ck_test\ncs_test\n"));
        QCOMPARE(r.exitCode, int(ExitBadAddress));

        r = connect(profile, m_site.address(), QStringLiteral("ck_test\n")); // no secret line
        QCOMPARE(r.exitCode, int(ExitUsage));
        QVERIFY(!ProfileStore::find(profile).isValid());
    }

    void connectSavesProfileAndKey()
    {
        const CliRun r = connect(m_profile, m_site.address(), QStringLiteral("ck_test\ncs_test\n"));
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("一叶茶舍")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("CNY")));
        QVERIFY(r.out.contains(QStringLiteral("Asia/Shanghai")));
        QVERIFY(r.out.contains(QStringLiteral("9.4.2")));
        QVERIFY(r.out.contains(QStringLiteral("read/write")));
        QVERIFY(!r.out.contains(QStringLiteral("cs_test")) &&
                !r.err.contains(QStringLiteral("cs_test")));
        QCOMPARE(keychain(m_profile), packed("ck_test", "cs_test"));
        const ConnectionProfile p = ProfileStore::find(m_profile);
        QCOMPARE(p.kind, QStringLiteral("woocommerce"));
        QCOMPARE(p.siteAddress, m_site.address());
    }

    void connectWithReadOnlyKeyFromTheEnvironment()
    {
        const QString profile = QStringLiteral("woo-cli-ro");
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("WOO_KEY"), QStringLiteral("ck_ro"));
        env.insert(QStringLiteral("WOO_SECRET"), QStringLiteral("cs_ro"));
        const CliRun r = runCli({QStringLiteral("connect"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--kind"), QStringLiteral("woocommerce"),
                                 QStringLiteral("--site"), m_site.address(),
                                 QStringLiteral("--key-env"), QStringLiteral("WOO_KEY"),
                                 QStringLiteral("--secret-env"), QStringLiteral("WOO_SECRET")},
                                env);
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("read only")), qPrintable(r.out));
        QCOMPARE(keychain(profile), packed("ck_ro", "cs_ro"));
        QCOMPARE(runCli({QStringLiteral("token"), QStringLiteral("clear"),
                         QStringLiteral("--profile"), profile})
                     .exitCode,
                 int(ExitOk));
    }

    void syncEditAndPush()
    {
        CliRun r = runCli({QStringLiteral("sync"), QStringLiteral("--profile"), m_profile,
                           QStringLiteral("--db"), db(), QStringLiteral("--quiet")},
                          m_env);
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err));

        r = runCli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("103"),
                    QStringLiteral("--price"), QStringLiteral("139.50"), QStringLiteral("--stock"),
                    QStringLiteral("44"), QStringLiteral("--profile"), m_profile,
                    QStringLiteral("--db"), db()},
                   m_env);
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err + r.out));
        QJsonObject p = dumped(QStringLiteral("products"), 103);
        QCOMPARE(p.value(QLatin1String("regular_price")).toString(), QStringLiteral("139.50"));
        QCOMPARE(p.value(QLatin1String("stock_quantity")).toInt(), 44);

        r = runCli({QStringLiteral("ship"), QStringLiteral("1002"), QStringLiteral("--carrier"),
                    QStringLiteral("顺丰"), QStringLiteral("--tracking"), QStringLiteral("SF42"),
                    QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), db()},
                   m_env);
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err + r.out));
        const QJsonObject o = dumped(QStringLiteral("orders"), 1002);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        int trackingNotes = 0;
        for (const QJsonValue &n : o.value(QLatin1String("_notes")).toArray())
            trackingNotes += n.toObject()
                                 .value(QLatin1String("note"))
                                 .toString()
                                 .contains(QStringLiteral("SF42"));
        QCOMPARE(trackingNotes, 1);
    }

    void tokenSetThenPush()
    {
        // A read-only key in the keychain: the edit is refused and stays queued.
        CliRun r = runCli({QStringLiteral("token"), QStringLiteral("set"),
                           QStringLiteral("--profile"), m_profile},
                          m_env, QStringLiteral("ck_ro\ncs_ro\n"));
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("cs_ro")));
        QCOMPARE(keychain(m_profile), packed("ck_ro", "cs_ro"));

        r = runCli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("104"),
                    QStringLiteral("--price"), QStringLiteral("199.00"),
                    QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), db()},
                   m_env);
        QCOMPARE(r.exitCode, int(ExitUnauthorized));
        QCOMPARE(dumped(QStringLiteral("products"), 104)
                     .value(QLatin1String("regular_price"))
                     .toString(),
                 QStringLiteral("188.00"));

        // The read/write key again, and the queued edit goes out with push.
        r = runCli({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"),
                    m_profile},
                   m_env, QStringLiteral("ck_test\ncs_test\n"));
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err));
        r = runCli({QStringLiteral("push"), QStringLiteral("--profile"), m_profile,
                    QStringLiteral("--db"), db()},
                   m_env);
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err + r.out));
        QCOMPARE(dumped(QStringLiteral("products"), 104)
                     .value(QLatin1String("regular_price"))
                     .toString(),
                 QStringLiteral("199.00"));
    }

    void cleanupTestCase()
    {
        runCli({QStringLiteral("token"), QStringLiteral("clear"), QStringLiteral("--profile"),
                m_profile});
        QVERIFY(m_site.stop());
    }
};

QTEST_GUILESS_MAIN(TestWooCli)
#include "tst_woocli.moc"
