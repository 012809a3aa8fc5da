#include "FixedClock.h"
#include "FixtureStore.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OverviewModel.h"
#include "itemmodels/TrafficDailyModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
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

    // "Now" is 14:05 on the 22nd, shop time: the 22nd is today so far, and compared with the 21st
    // until 14:05, not with the whole 21st.
    void todaySoFarAgainstTheSameHours()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        const QDate d20 = FixtureStore::firstDay(), d21 = d20.addDays(1), d22 = d20.addDays(2);
        // The 21st already holds s3 08:00, s4 12:00, s5 20:00 and o2 (paid 12:30, ¥128); o4 at
        // 18:00 is pending. Around 14:05 on the 21st: a paid order a minute before, one paid and
        // one shipped at and after 14:05, and a session at 14:05 (the end is exclusive).
        QSqlQuery q(store.db().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO orders (id, number, customer_id, session_id, status, created_at, paid_at, "
            "total, carrier, tracking_number, updated_at, version) "
            "VALUES (?, ?, 'c1', NULL, ?, ?, ?, ?, NULL, NULL, 0, 1)"));
        const QList<QVariantList> orders = {
            {QStringLiteral("o6"), QStringLiteral("YT-0006"), QStringLiteral("paid"),
             FixtureStore::shopMs(d21, 14, 4), 2500},
            {QStringLiteral("o7"), QStringLiteral("YT-0007"), QStringLiteral("paid"),
             FixtureStore::shopMs(d21, 14, 5), 9900},
            {QStringLiteral("o8"), QStringLiteral("YT-0008"), QStringLiteral("shipped"),
             FixtureStore::shopMs(d21, 16), 36800},
        };
        for (const QVariantList &o : orders) {
            for (int i = 0; i < 4; ++i)
                q.addBindValue(o.at(i));
            q.addBindValue(o.at(3)); // paid when created
            q.addBindValue(o.at(4));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.prepare(QStringLiteral("INSERT INTO sessions (id, visitor_id, customer_id, started_at, "
                                 "landing_url, referrer_url, user_agent) "
                                 "VALUES ('s7', 'v7', NULL, ?, 'https://shop.example.cn/', NULL, "
                                 "'Mozilla/5.0')"));
        q.addBindValue(FixtureStore::shopMs(d21, 14, 5));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        const FixedClock clock(FixtureStore::shopMs(d22, 14, 5));
        OverviewModel model(store.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparisonDays(1);
        model.setDateRange(DateRange(d21, d22));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.partialUntil().date(), d22);
        QCOMPARE(model.partialUntil().time(), QTime(14, 5));

        // Today so far: s6 and o3 (¥199), against the 21st until 14:05: s3, s4; o2 and o6.
        QVERIFY(model.isPartial(1));
        const OverviewModel::Figures today = model.figuresOn(1);
        QCOMPARE(today.sessions, 1);
        QCOMPARE(today.paidOrders, 1);
        QCOMPARE(today.revenue, 19900);
        const OverviewModel::Figures sameHours = model.comparisonOn(1);
        QCOMPARE(sameHours.sessions, 2);
        QCOMPARE(sameHours.paidOrders, 2);
        QCOMPARE(sameHours.revenue, 12800 + 2500);
        QCOMPARE(sameHours.conversion(), 1.0);

        // The 21st is a whole day: all four sessions and paid orders, against the whole 20th.
        QVERIFY(!model.isPartial(0));
        QCOMPARE(model.figuresOn(0).sessions, 4);
        QCOMPARE(model.figuresOn(0).paidOrders, 4);
        QCOMPARE(model.figuresOn(0).revenue, 12800 + 2500 + 9900 + 36800);
        QCOMPARE(model.comparisonOn(0).sessions, 2);
        QCOMPARE(model.comparisonOn(0).paidOrders, 1);
        QCOMPARE(model.comparisonOn(0).revenue, 39800);

        // The table says so: today's row is flagged on every column, its day reads "until 14:05",
        // in italics with the explanation as tooltip.
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.index(1, column).data(ItemRoles::PartialRole).toBool(), true);
            QCOMPARE(model.index(0, column).data(ItemRoles::PartialRole).toBool(), false);
        }
        QCOMPARE(model.index(1, OverviewModel::Day).data().toString(),
                 QStringLiteral("2026-11-22 (until 14:05)"));
        QCOMPARE(model.index(1, OverviewModel::Day).data(ItemRoles::RawValueRole).toDate(), d22);
        QCOMPARE(model.index(1, OverviewModel::Day).data(ItemRoles::ExportRole).toString(),
                 QStringLiteral("2026-11-22")); // a CSV gets the date alone
        QCOMPARE(model.index(0, OverviewModel::Day).data().toString(),
                 QStringLiteral("2026-11-21"));
        QVERIFY(model.index(1, OverviewModel::Revenue).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(0, OverviewModel::Revenue).data(Qt::FontRole).isValid());
        QVERIFY(model.index(1, OverviewModel::Sessions)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("14:05")));

        // A week earlier (the 15th) has nothing: today's comparison is empty, not a full day.
        model.setComparisonDays(7);
        model.reload();
        QCOMPARE(model.comparisonOn(1).sessions, 0);

        // Once the 22nd is over, it is a whole day again, compared with the whole 21st.
        Clock::pinForTesting(FixtureStore::shopMs(d22.addDays(1), 0, 1));
        model.setComparisonDays(1);
        model.reload();
        QVERIFY(!model.isPartial(1));
        QVERIFY(!model.partialUntil().isValid());
        QCOMPARE(model.comparisonOn(1).sessions, 4);
        QCOMPARE(model.comparisonOn(1).revenue, 62000);
        QCOMPARE(model.index(1, OverviewModel::Day).data().toString(),
                 QStringLiteral("2026-11-22"));
    }

    // The daily traffic table (the funnels' conversion line) flags today the same way.
    void trafficDailyTodaySoFar()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        const FixedClock clock(FixtureStore::shopMs(FixtureStore::lastDay(), 14, 5));
        TrafficDailyModel model(store.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TrafficFilter filter;
        filter.range = DateRange(FixtureStore::firstDay(), FixtureStore::lastDay());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.isPartial(1));
        QVERIFY(model.isPartial(2));
        QCOMPARE(model.sessions(2), 1); // s6
        QCOMPARE(model.index(2, model.sessionsColumn()).data(ItemRoles::PartialRole).toBool(),
                 true);
        QCOMPARE(model.index(1, model.sessionsColumn()).data(ItemRoles::PartialRole).toBool(),
                 false);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("2026-11-22 (until 14:05)"));
        QCOMPARE(model.index(2, 0).data(ItemRoles::ExportRole).toString(),
                 QStringLiteral("2026-11-22"));
        QVERIFY(
            model.index(2, model.conversionColumn()).data(Qt::FontRole).value<QFont>().italic());
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
