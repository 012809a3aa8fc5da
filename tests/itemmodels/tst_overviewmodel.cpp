#include "FixtureStore.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OverviewModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestOverviewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void figuresPerShopDay()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        OverviewModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OverviewModel::Day).data().toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(model.index(0, OverviewModel::Sessions).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, OverviewModel::PaidOrders).data().toString(), QStringLiteral("1")); // o5 refunded
        QCOMPARE(model.index(0, OverviewModel::Revenue).data().toString(), QStringLiteral("¥398.00"));
        QCOMPARE(model.index(0, OverviewModel::Conversion).data().toString(), QStringLiteral("50.00%"));
        QCOMPARE(model.index(1, OverviewModel::Sessions).data(ItemRoles::RawValueRole).toLongLong(), 3);
        QCOMPARE(model.index(1, OverviewModel::Revenue).data(ItemRoles::RawValueRole).toLongLong(), 12800); // o4 pending
        // The 22nd in Shanghai holds s6 and o3 even though both are on the 21st in UTC.
        QCOMPARE(model.index(2, OverviewModel::Sessions).data(ItemRoles::RawValueRole).toLongLong(), 1);
        QCOMPARE(model.index(2, OverviewModel::Revenue).data(ItemRoles::RawValueRole).toLongLong(), 19900);
        const OverviewModel::Figures totals = model.totals();
        QCOMPARE(totals.sessions, 6);
        QCOMPARE(totals.paidOrders, 3);
        QCOMPARE(totals.revenue, 72500);
        QCOMPARE(totals.conversion(), 0.5);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ItemRoles::RawValueRole);
        proxy.sort(OverviewModel::Revenue, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, OverviewModel::Day).data().toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(proxy.index(2, OverviewModel::Day).data().toString(), QStringLiteral("2026-11-21"));
    }

    void emptyDays()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        OverviewModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(QDate(2026, 10, 1), QDate(2026, 10, 7)));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.totals().sessions, 0);
        QCOMPARE(model.index(6, OverviewModel::Conversion).data().toString(), QStringLiteral("0.00%"));
    }

    void funnelSteps()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        FunnelModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::AllSessions), 6);
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::ViewProduct), 5); // s2 viewed twice, counted once
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::AddToCart), 4);
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::BeginCheckout), 3);
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::Purchase), 3);
        QCOMPARE(model.index(2, FunnelModel::ShareOfPrevious).data().toString(), QStringLiteral("80.0%"));
        QCOMPARE(model.index(4, FunnelModel::ShareOfAll).data().toString(), QStringLiteral("50.0%"));
        QCOMPARE(model.index(1, FunnelModel::Step).data().toString(), QStringLiteral("Viewed a product"));
        model.setDateRange(DateRange(FixtureStore::lastDay(), FixtureStore::lastDay()));
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::AllSessions), 1);
        QCOMPARE(model.sessionsAt(FunnelModel::StepKind::Purchase), 1);
    }
};

QTEST_GUILESS_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
