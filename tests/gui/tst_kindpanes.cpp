// The panes of a shop synced through the real main window: from yutang-woo-site (WooCommerce, no
// visits and no referrals) they say so in a sentence and show no visit columns; from yutang-site
// (Yutang's site API) they show every figure and no such sentence.
#include "SiteProcess.h"
#include "TempStore.h"
#include "WindowSync.h"
#include "WooSiteProcess.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "panes/funnels/FunnelsPane.h"
#include "panes/overview/OverviewPane.h"
#include "panes/referrals/ReferralsPane.h"
#include "panes/traffic/TrafficPane.h"
#include "sync/SiteConnector.h"
#include "sync/SyncController.h"
#include "widgets/DateRangeSelector.h"
#include "widgets/NoticeLabel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

class TestKindPanes : public QObject
{
    Q_OBJECT
private:
    template <typename T> static T *pane(MainWindow &window)
    {
        for (DashboardPane *p : window.panes()) {
            if (auto *wanted = qobject_cast<T *>(p))
                return wanted;
        }
        return nullptr;
    }
    // Syncs the window's site and shows the whole synced history.
    static bool sync(MainWindow &window, QDate lastDay)
    {
        const SyncResult result = syncWindow(window);
        if (result.status != SyncResult::Status::Ok) {
            qWarning("sync: %s", qPrintable(result.error));
            return false;
        }
        window.dateRangeSelector()->setRange(DateRange(lastDay.addDays(-89), lastDay));
        return true;
    }
    static bool visitColumnsHidden(TrafficPane *traffic)
    {
        QTreeView *view = traffic->sourceView();
        for (auto measure : {TrafficMeasures::Sessions, TrafficMeasures::Visitors,
                             TrafficMeasures::NewVisitors, TrafficMeasures::Conversion}) {
            if (!view->isColumnHidden(TrafficSourceTreeModel::FirstMeasure + int(measure)))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        YUTANG_REQUIRE_TEST_BACKEND();
    }

    void wooCommerceShopSaysWhatItCannotSupply()
    {
        WooSiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        TempStore store;
        ShopTarget target;
        target.profileName = QStringLiteral("woo");
        target.kind = QStringLiteral("woocommerce");
        target.siteAddress = site.address();
        target.token =
            SiteKinds::find(target.kind)->packSecret({site.consumerKey(), site.consumerSecret()});
        MainWindow window(store.db(), target);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.syncController()->kind(), target.kind);
        QVERIFY(sync(window, QDate(2026, 11, 20))); // WooSiteProcess's --end-date

        auto *traffic = pane<TrafficPane>(window);
        QVERIFY(traffic->capabilityNote()->isVisibleTo(traffic));
        QVERIFY2(traffic->capabilityNote()->text().startsWith(
                     QStringLiteral("WooCommerce records the source of each order")),
                 qPrintable(traffic->capabilityNote()->text()));
        QVERIFY(visitColumnsHidden(traffic));
        QVERIFY(!traffic->sourceView()->isColumnHidden(TrafficSourceTreeModel::FirstMeasure +
                                                       int(TrafficMeasures::Orders)));
        QVERIFY(!traffic->sourceView()->isColumnHidden(TrafficSourceTreeModel::FirstMeasure +
                                                       int(TrafficMeasures::Revenue)));
        auto *tabs = traffic->findChild<QTabWidget *>(QStringLiteral("trafficTabs"));
        QVERIFY(!tabs->isTabVisible(tabs->count() - 1)); // the visits list
        // The generated shop has orders with no known source: how much, and why.
        const QString unattributed = traffic->unattributedNote()->text();
        QVERIFY(traffic->unattributedNote()->isVisibleTo(traffic));
        QVERIFY2(unattributed.contains(QStringLiteral("of revenue")) &&
                     unattributed.contains(QStringLiteral("has no known source")) &&
                     unattributed.contains(QStringLiteral("not recorded")),
                 qPrintable(unattributed));

        auto *funnels = pane<FunnelsPane>(window);
        QVERIFY(!funnels->showsFunnels());
        QVERIFY(funnels->capabilityNote()->isVisibleTo(funnels));
        QVERIFY(funnels->capabilityNote()->text().contains(QStringLiteral("no funnels")));

        auto *referrals = pane<ReferralsPane>(window);
        QVERIFY(!referrals->showsReferrals());
        QCOMPARE(referrals->capabilityNote()->text(),
                 QStringLiteral("WooCommerce has no referral scheme: there is no referral tree "
                                "or commissions for this shop."));

        auto *overview = pane<OverviewPane>(window);
        auto *sessions = overview->findChild<QLabel *>(QStringLiteral("figureSessionsValue"));
        QCOMPARE(sessions->text(), QStringLiteral("—"));
        QVERIFY(!sessions->parentWidget()->toolTip().isEmpty());
        QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("figureConversionValue"))->text(),
                 QStringLiteral("—"));
        QVERIFY(overview->findChild<QLabel *>(QStringLiteral("figurePaidOrdersValue"))->text() !=
                QStringLiteral("0"));
    }

    void yutangShopShowsEveryFigure()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        TempStore store;
        ShopTarget target;
        target.profileName = QStringLiteral("yutang");
        target.siteAddress = site.address();
        target.token = site.token();
        MainWindow window(store.db(), target);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(sync(window, QDate::currentDate()));

        auto *traffic = pane<TrafficPane>(window);
        QVERIFY(!traffic->capabilityNote()->isVisibleTo(traffic));
        QVERIFY(!traffic->unattributedNote()->isVisibleTo(traffic));
        QVERIFY(traffic->sourceModel()->totals().sessions > 0);
        QTreeView *view = traffic->sourceView();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            QVERIFY2(!view->isColumnHidden(c), qPrintable(QString::number(c)));
        auto *tabs = traffic->findChild<QTabWidget *>(QStringLiteral("trafficTabs"));
        QVERIFY(tabs->isTabVisible(tabs->count() - 1));

        auto *funnels = pane<FunnelsPane>(window);
        QVERIFY(funnels->showsFunnels());
        QVERIFY(!funnels->capabilityNote()->isVisibleTo(funnels));
        auto *referrals = pane<ReferralsPane>(window);
        QVERIFY(referrals->showsReferrals());
        QVERIFY(!referrals->capabilityNote()->isVisibleTo(referrals));
        auto *overview = pane<OverviewPane>(window);
        QVERIFY(overview->findChild<QLabel *>(QStringLiteral("figureSessionsValue"))->text() !=
                QStringLiteral("—"));
    }
};

QTEST_MAIN(TestKindPanes)
#include "tst_kindpanes.moc"
