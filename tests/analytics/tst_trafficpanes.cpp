// The Traffic and Funnels panes over the hand-built shop (offscreen platform): the drill-down,
// the channel filter, the comparison columns, CSV export of exactly what is shown, chart PNGs.
#include "FixedClock.h"
#include "TempStore.h"
#include "TrafficFixture.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/OverviewModel.h"
#include "itemmodels/TrafficBreakdownModel.h"
#include "itemmodels/TrafficDailyModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "panes/funnels/FunnelsPane.h"
#include "panes/overview/DayComparisonPanel.h"
#include "panes/overview/OverviewPane.h"
#include "panes/traffic/PaneExport.h"
#include "panes/traffic/TrafficPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

class TestTrafficPanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trafficPane()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        TrafficPane pane(store.db());
        QAbstractItemModelTester wechatTester(
            pane.wechatModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester keywordTester(
            pane.keywordModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester dailyTester(
            pane.dailyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(1000, 700);
        pane.show();
        pane.setDateRange(DateRange(TrafficFixture::d(20), TrafficFixture::d(23)));
        QTreeView *tree = pane.findChild<QTreeView *>(QStringLiteral("trafficSourcesView"));
        QVERIFY(tree);
        QCOMPARE(tree->model()->rowCount(), 4);
        QCOMPARE(pane.wechatModel()->rowCount(), 1);
        QCOMPARE(pane.wechatModel()->index(0, TrafficBreakdownModel::Source).data().toString(),
                 QStringLiteral("wechat_group"));
        QCOMPARE(pane.keywordModel()->rowCount(), 0); // loads when its tab is shown
        pane.findChild<QTabWidget *>(QStringLiteral("trafficTabs"))->setCurrentIndex(2);
        QCOMPARE(pane.keywordModel()->rowCount(), 1);
        QCOMPARE(pane.keywordModel()->index(0, TrafficBreakdownModel::Name).data().toString(),
                 QStringLiteral("龙井"));
        QCOMPARE(pane.dailyModel()->rowCount(), 4);
        QCOMPARE(pane.dailyModel()->sessions(0), 2); // the 20th: s1, s6
        QCOMPARE(pane.dailyModel()->sessions(1, QStringLiteral("wechat")), 1);
        QCOMPARE(pane.findChild<QTableView *>(QStringLiteral("trafficView"))->model()->rowCount(),
                 5);

        // The drill-down exports whole (the shared exporter flattens trees with level and path):
        // header, 4 channels, their 4 sources, Baidu's keyword.
        const QByteArray bytes = PaneExport::csvOf(tree);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel needs the BOM
        const QString csv = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4 + 4 + 1);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("龙井")), qPrintable(csv));

        pane.setChannel(QStringLiteral("social"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(pane.sourceModel()->totals().sessions, 1);
        QCOMPARE(pane.dailyModel()->sessions(1), 1);

        QTemporaryDir dir;
        for (QChartView *chart : pane.findChildren<QChartView *>()) {
            const QString path = dir.filePath(chart->objectName() + QStringLiteral(".png"));
            QVERIFY(PaneExport::writeChartPng(chart, path));
            QVERIFY(!QImage(path).isNull());
        }
    }

    void funnelsPane()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        FunnelsPane pane(store.db());
        pane.resize(1000, 700);
        pane.show();
        pane.setDateRange(DateRange(TrafficFixture::d(27), TrafficFixture::d(28)));
        pane.setComparison(TrafficFilter::Comparison::WeekEarlier);
        QTableView *shop = pane.findChild<QTableView *>(QStringLiteral("funnelsView"));
        QTableView *loop = pane.findChild<QTableView *>(QStringLiteral("lifecycleView"));
        QVERIFY(shop && loop);
        QVERIFY(!shop->isColumnHidden(StepFunnelModel::CompareSessions));
        QCOMPARE(pane.model()->compareCountAt(0), 4);
        QCOMPARE(pane.lifecycleModel()->compareCountAt(0), 4);
        QCOMPARE(shop->model()->index(4, StepFunnelModel::CompareShareOfAll).data().toString(),
                 QStringLiteral("25.0%"));
        QVERIFY(!shop->model()->index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());

        pane.setComparison(TrafficFilter::Comparison::None);
        QVERIFY(shop->isColumnHidden(StepFunnelModel::CompareSessions));
        pane.setDateRange(DateRange(TrafficFixture::d(20), TrafficFixture::d(21)));
        pane.setChannel(QStringLiteral("search"));
        QCOMPARE(pane.model()->countAt(4), 1);
        QCOMPARE(pane.lifecycleModel()->countAt(6), 1);
        QCOMPARE(pane.dailyModel()->conversion(0), 1.0);

        // Exactly the visible columns: the compared ones are hidden now.
        const QStringList lines = QString::fromUtf8(PaneExport::csvOf(shop).mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(0).count(QLatin1Char(',')), int(StepFunnelModel::CompareSessions) - 1);
    }

    void overviewDayComparison()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        OverviewPane pane(store.db());
        pane.setDateRange(DateRange(TrafficFixture::d(1), TrafficFixture::d(30)));
        pane.reload();
        DayComparisonPanel *days = pane.dayComparison();
        // "Today" the 27th against Friday the 20th (s1, s6; o1 paid ¥199), yesterday against the
        // 19th.
        days->reload(TrafficFixture::d(27));
        QCOMPARE(days->cellText(0, 0), QStringLiteral("0"));
        QCOMPARE(days->cellText(0, 1), QStringLiteral("-100.0%"));
        QCOMPARE(days->cellText(0, 5), QStringLiteral("-100.0%"));
        QCOMPARE(days->cellText(1, 1), QStringLiteral("±0"));
        // The 21st (s3, s4, no paid order) against the 14th (nothing): no percentage to give.
        days->reload(TrafficFixture::d(21));
        QCOMPARE(days->cellText(0, 0), QStringLiteral("2"));
        QCOMPARE(days->cellText(0, 1), QStringLiteral("—"));
        QCOMPARE(days->cellText(1, 0), QStringLiteral("2"));
        QCOMPARE(days->cellText(1, 4), QStringLiteral("¥199.00"));
        QCOMPARE(days->cellText(1, 6), QStringLiteral("50.00%"));
        QCOMPARE(pane.chartModel()->rowCount(), 30);

        // When the 27th is the shop's today, it is "so far", against the 20th until the same time:
        // at 08:00 nothing had happened on the 20th either (s1 came at 09:00), so no change…
        const auto shopTime = [](int hour, int minute) {
            return QDateTime(TrafficFixture::d(27), QTime(hour, minute),
                             QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                .toMSecsSinceEpoch();
        };
        const auto label = [days](const char *name) {
            return days->findChild<QLabel *>(QString::fromLatin1(name));
        };
        {
            const FixedClock clock(shopTime(8, 0));
            days->reload();
            QCOMPARE(label("dayComparisonRow_0")->text(),
                     QStringLiteral("<b>Today so far (until 08:00)</b>"));
            QCOMPARE(days->cellText(0, 1), QStringLiteral("±0"));
            QCOMPARE(days->cellText(0, 5), QStringLiteral("±0"));
            QCOMPARE(label("dayComparisonRow_1")->text(), QStringLiteral("<b>Yesterday</b>"));
            QCOMPARE(days->cellText(1, 1),
                     QStringLiteral("±0")); // the 26th, whole, against the 19th
        }
        // …and at 14:05 the 20th until 14:05 holds s1 and o1 (¥199), not s6 (15:00).
        {
            const FixedClock clock(shopTime(14, 5));
            days->reload();
            QCOMPARE(label("dayComparison_0_1")->toolTip(),
                     QStringLiteral("Same weekday a week earlier, until 14:05: 1"));
            QCOMPARE(label("dayComparison_0_5")->toolTip(),
                     QStringLiteral("Same weekday a week earlier, until 14:05: ¥199.00"));
            QCOMPARE(label("dayComparison_0_7")->toolTip(),
                     QStringLiteral("Same weekday a week earlier, until 14:05: 100.00%"));
        }
    }
};

QTEST_MAIN(TestTrafficPanes)
#include "tst_trafficpanes.moc"
