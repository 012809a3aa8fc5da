#include "../cli/CliRunner.h"
#include "SiteProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// yutang-cli edit/ship/cancel/outbox/push/export products|orders, in-process against a real
// yutang-site, with the exit codes scripts rely on.
class TestOutboxCli : public QObject
{
    Q_OBJECT
private:
    QJsonObject siteRecord(const QString &collection, const QString &id) const
    {
        return QJsonDocument::fromJson(m_site.adminGet(QStringLiteral("records/%1/%2").arg(collection, id))).object();
    }
    CliRun cli(QStringList args, const QString &tokenVar = QStringLiteral("YT_TOKEN"), bool withSite = true) const
    {
        args << QStringLiteral("--db") << m_db;
        if (withSite)
            args << QStringLiteral("--site") << m_site.address() << QStringLiteral("--token-env") << tokenVar;
        return runCli(args, m_env);
    }
    QString paidOrderNumber() const
    {
        for (const QJsonObject &o : m_site.listAll(QStringLiteral("orders"))) {
            if (o.value(QLatin1String("status")).toString() == QLatin1String("paid"))
                return o.value(QLatin1String("number")).toString();
        }
        return {};
    }

    SiteProcess m_site;
    QProcessEnvironment m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({QStringLiteral("--read-token"), QStringLiteral("ro-token")}, &error), qPrintable(error));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("YT_TOKEN"), QString::fromLatin1(m_site.token()));
        m_env.insert(QStringLiteral("YT_RO"), QStringLiteral("ro-token"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("shop.sqlite"));
        const CliRun sync = cli({QStringLiteral("sync"), QStringLiteral("--quiet")});
        QVERIFY2(sync.exitCode == ExitOk, qPrintable(sync.err));
    }

    void editPushesAndExitsOk()
    {
        const CliRun r = cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_1"), QStringLiteral("--price"),
                              QStringLiteral("188.00"), QStringLiteral("--stock"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.err + r.out));
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_1")).value(QLatin1String("price")).toInteger(), 18800);
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_1")).value(QLatin1String("stock")).toInteger(), 5);
        const CliRun outbox = cli({QStringLiteral("outbox")}, {}, false);
        QCOMPARE(outbox.exitCode, int(ExitOk));
        QVERIFY(outbox.out.contains(QLatin1String("empty")));
    }

    void badArgumentsAreUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_1"), QStringLiteral("--price"),
                      QStringLiteral("1.999")}).exitCode,
                 int(ExitUsage));
        QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_1")}).exitCode, int(ExitUsage));
        QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_nope"), QStringLiteral("--stock"),
                      QStringLiteral("1")}).exitCode,
                 int(ExitUsage));
        QCOMPARE(cli({QStringLiteral("ship"), QStringLiteral("NOPE-1"), QStringLiteral("--carrier"), QStringLiteral("SF"),
                      QStringLiteral("--tracking"), QStringLiteral("1")}).exitCode,
                 int(ExitUsage));
    }

    void unreachableQueuesThenPushSends()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const CliRun r = runCli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_2"), QStringLiteral("--stock"),
                                 QStringLiteral("12"), QStringLiteral("--db"), m_db, QStringLiteral("--site"), dead,
                                 QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN"), QStringLiteral("--attempts"),
                                 QStringLiteral("1")},
                                m_env);
        QCOMPARE(r.exitCode, int(ExitQueued));
        const CliRun listed = cli({QStringLiteral("outbox"), QStringLiteral("--json")}, {}, false);
        QCOMPARE(listed.exitCode, int(ExitOk));
        const QJsonArray entries = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("fields")).toObject().value(QLatin1String("stock")).toInteger(), 12);
        const CliRun push = cli({QStringLiteral("push")});
        QVERIFY2(push.exitCode == ExitOk, qPrintable(push.err));
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_2")).value(QLatin1String("stock")).toInteger(), 12);
    }

    void shipThenCancelIsRefused()
    {
        const QString number = paidOrderNumber();
        QVERIFY(!number.isEmpty());
        const CliRun ship = cli({QStringLiteral("ship"), number, QStringLiteral("--carrier"), QStringLiteral("JD"),
                                 QStringLiteral("--tracking"), QStringLiteral("JD42")});
        QVERIFY2(ship.exitCode == ExitOk, qPrintable(ship.err));
        const CliRun cancel = cli({QStringLiteral("cancel"), number});
        QCOMPARE(cancel.exitCode, int(ExitUsage)); // shipped orders cannot be cancelled
        QVERIFY(cancel.err.contains(QLatin1String("cannot become cancelled")));
        QCOMPARE(cli({QStringLiteral("complete"), number}).exitCode, int(ExitOk));
        for (const QJsonObject &o : m_site.listAll(QStringLiteral("orders"))) {
            if (o.value(QLatin1String("number")).toString() == number) {
                QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
                QCOMPARE(o.value(QLatin1String("shipping")).toObject().value(QLatin1String("tracking_number")).toString(),
                         QStringLiteral("JD42"));
            }
        }
    }

    void conflictAndReadOnlyExitCodes()
    {
        m_site.adminPost(QStringLiteral("touch/products/p_3"), R"({"stock": 1})");
        const CliRun conflict = cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_3"),
                                     QStringLiteral("--stock"), QStringLiteral("3")});
        QCOMPARE(conflict.exitCode, int(ExitConflict));
        const CliRun listed = cli({QStringLiteral("outbox"), QStringLiteral("--json")}, {}, false);
        QCOMPARE(listed.exitCode, int(ExitConflict));
        const QJsonObject entry = QJsonDocument::fromJson(listed.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("entries"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("conflict"));
        QCOMPARE(entry.value(QLatin1String("theirs")).toObject().value(QLatin1String("stock")).toInteger(), 1);

        const CliRun readOnly = cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_4"),
                                     QStringLiteral("--status"), QStringLiteral("draft")},
                                    QStringLiteral("YT_RO"));
        QCOMPARE(readOnly.exitCode, int(ExitUnauthorized));
        QVERIFY(readOnly.err.contains(QLatin1String("read-only")));
    }

    void syncPushesFirst()
    {
        const CliRun queued = cli({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("p_5"),
                                   QStringLiteral("--title"), QStringLiteral("离线改的"), QStringLiteral("--no-push")});
        QCOMPARE(queued.exitCode, int(ExitQueued));
        const CliRun sync = cli({QStringLiteral("sync"), QStringLiteral("--quiet")});
        QVERIFY2(sync.exitCode == ExitOk, qPrintable(sync.err));
        QVERIFY(sync.out.contains(QLatin1String("Pushed 1 edit")));
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_5")).value(QLatin1String("title")).toString(),
                 QStringLiteral("离线改的"));
    }

    void exportWithFilters()
    {
        int active = 0, paid = 0;
        for (const QJsonObject &p : m_site.listAll(QStringLiteral("products")))
            active += p.value(QLatin1String("status")).toString() == QLatin1String("active");
        for (const QJsonObject &o : m_site.listAll(QStringLiteral("orders")))
            paid += o.value(QLatin1String("status")).toString() == QLatin1String("paid");
        const CliRun products = cli({QStringLiteral("export"), QStringLiteral("products"), QStringLiteral("--status"),
                                     QStringLiteral("active"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("-o"), QStringLiteral("-")},
                                    {}, false);
        QVERIFY2(products.exitCode == ExitOk, qPrintable(products.err));
        const QJsonObject table = QJsonDocument::fromJson(products.out.toUtf8()).object();
        QCOMPARE(table.value(QLatin1String("rows")).toArray().size(), active);
        QVERIFY(table.value(QLatin1String("columns")).toArray().contains(QStringLiteral("price")));
        QVERIFY(table.value(QLatin1String("columns")).toArray().contains(QStringLiteral("edit_state")));
        const CliRun orders = cli({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--status"),
                                   QStringLiteral("paid"), QStringLiteral("-o"), QStringLiteral("-")},
                                  {}, false);
        QVERIFY2(orders.exitCode == ExitOk, qPrintable(orders.err));
        const QStringList lines = orders.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), paid + 1); // header + one line per paid order
        QVERIFY(lines.first().contains(QLatin1String("number")));
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outboxcli.moc"
