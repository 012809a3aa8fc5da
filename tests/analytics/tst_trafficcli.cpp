// yutang-cli source and export traffic|funnel|lifecycle, in-process over the hand-built shop.
#include "../cli/CliRunner.h"
#include "TempStore.h"
#include "TrafficFixture.h"
#include "analytics/ClassifierRuleStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QStringList csvLines(const QString &out)
{
    return out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class TestTrafficCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sourceJson()
    {
        const CliRun run =
            runCli({QStringLiteral("source"), QStringLiteral("--landing"),
                    QStringLiteral("https://shop.example.cn/p/1"), QStringLiteral("--referrer"),
                    QStringLiteral("https://www.baidu.com/s?wd=%E9%BE%99%E4%BA%95"),
                    QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("search"));
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("baidu"));
        QCOMPARE(o.value(QStringLiteral("keyword")).toString(), QStringLiteral("龙井"));
        QVERIFY(!o.value(QStringLiteral("rule")).toString().isEmpty());
    }

    void sourceText()
    {
        const CliRun run = runCli(
            {QStringLiteral("source"), QStringLiteral("--landing"),
             QStringLiteral("https://shop.example.cn/p/2?from=groupmessage&isappinstalled=0"),
             QStringLiteral("--user-agent"),
             QStringLiteral("Mozilla/5.0 (iPhone) MicroMessenger/8.0.49")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("channel: wechat")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("source:  wechat_group")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("rule:")));
        QCOMPARE(runCli({QStringLiteral("source")}).exitCode, int(ExitUsage));
    }

    void sourceWithStoreRules()
    {
        TempStore store;
        const ClassifierRule rule{ClassifierRule::Match::HostSuffix, QStringLiteral("x.com"),
                                  QStringLiteral("social"), QStringLiteral("x")};
        QVERIFY(ClassifierRuleStore::save(store.db(), {rule}));
        const CliRun run =
            runCli({QStringLiteral("source"), QStringLiteral("--db"), store.path(),
                    QStringLiteral("--landing"), QStringLiteral("https://shop.example.cn/"),
                    QStringLiteral("--referrer"), QStringLiteral("https://t.x.com/abc"),
                    QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("social"));
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("x"));
    }

    void exportTrafficJson()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("traffic"), QStringLiteral("--db"),
                    store.path(), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-23"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray columns = doc.value(QStringLiteral("columns")).toArray();
        QVERIFY(columns.contains(QStringLiteral("sessions")));
        QVERIFY(columns.contains(QStringLiteral("revenue")));
        const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4 + 4 + 1); // channels, sources, Baidu's keyword
        const QJsonObject direct = rows.at(0).toObject();
        QCOMPARE(direct.value(QStringLiteral("sessions")).toInteger(), 2);
        QCOMPARE(direct.value(QStringLiteral("revenue")).toString(), QStringLiteral("100.00"));
    }

    void exportFunnelByDay()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("funnel"), QStringLiteral("--db"),
                    store.path(), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--by"),
                    QStringLiteral("day"), QStringLiteral("--encoding"), QStringLiteral("utf8")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = csvLines(run.out);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0),
                 QStringLiteral("day,sessions,view_product,add_to_cart,begin_checkout,purchase,"
                                "overall_conversion_pct"));
        QCOMPARE(lines.at(1), QStringLiteral("2026-11-20,2,1,1,1,1,50.0"));
        QCOMPARE(lines.at(2), QStringLiteral("2026-11-21,2,2,1,1,0,0.0"));
        QCOMPARE(lines.at(4), QStringLiteral("2026-11-23,1,0,0,0,0,0.0"));
    }

    void exportFunnelCompared()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const CliRun run = runCli(
            {QStringLiteral("export"), QStringLiteral("funnel"), QStringLiteral("--db"),
             store.path(), QStringLiteral("--from"), QStringLiteral("2026-11-27"),
             QStringLiteral("--to"), QStringLiteral("2026-11-28"), QStringLiteral("--compare"),
             QStringLiteral("week"), QStringLiteral("--encoding"), QStringLiteral("utf8")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = csvLines(run.out);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0),
                 QStringLiteral("step,count,step_conversion_pct,overall_conversion_pct,drop_off,"
                                "compare_count,compare_overall_pct,change_pts"));
        QVERIFY2(lines.at(5).endsWith(QStringLiteral(",0,1,25.0,-25.0")), qPrintable(lines.at(5)));
    }

    void exportLifecycleChannel()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const CliRun run = runCli(
            {QStringLiteral("export"), QStringLiteral("lifecycle"), QStringLiteral("--db"),
             store.path(), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
             QStringLiteral("--to"), QStringLiteral("2026-11-21"), QStringLiteral("--channel"),
             QStringLiteral("social"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("count")).toInteger(), 0);

        const CliRun bad =
            runCli({QStringLiteral("export"), QStringLiteral("lifecycle"), QStringLiteral("--db"),
                    store.path(), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-21"),
                    QStringLiteral("--channel"), QStringLiteral("tv")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY(bad.err.contains(QStringLiteral("tv")));
    }
};

QTEST_GUILESS_MAIN(TestTrafficCli)
#include "tst_trafficcli.moc"
