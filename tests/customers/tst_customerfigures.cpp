// Customers, cohorts and the referral economy on a hand-built shop (CustomerShop: every figure
// below is worked out by hand from its comment). The machine's zone is New York, so month edges
// taken in any zone but the shop's show up.
#include "../cli/CliRunner.h"
#include "../itemmodels/ModelCheck.h"
#include "CustomerShop.h"
#include "FixedClock.h"
#include "MachineTimeZone.h"
#include "TrafficFixture.h"
#include "core/Money.h"
#include "customers/CustomerDerivation.h"
#include "customers/RfmSegment.h"
#include "itemmodels/CohortMatrixModel.h"
#include "itemmodels/CustomerTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralEconomyModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <cmath>
#include <cstdio>

namespace {

QVariantMap stats(Database &db, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM customer_stats WHERE customer_id = ?"));
    q.addBindValue(id);
    QVariantMap row;
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
    }
    return row;
}

QStringList dump(Database &db, const QString &table)
{
    return TempStore::dump(db, table);
}

QStringList column(CustomerTableModel &model, int column)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, column).data().toString();
    return list;
}

const ReferralEconomyModel::Row *rowOf(const ReferralEconomyModel &model, const QString &source)
{
    for (const auto &r : model.rows()) {
        if (r.source == source)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestCustomerFigures : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CustomerShop> m_shop;
    // 2026-12-05 12:00 in the shop: what "recent" and "today" are measured from.
    std::unique_ptr<FixedClock> m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        // libpq's own password source for the CLI's connection to a PostgreSQL store.
        if (TempStore::usesPostgres())
            qputenv("PGPASSWORD", TempStore::postgresPassword().toUtf8());
    }

    void init()
    {
        if (!TempStore::unavailableReason().isEmpty())
            QSKIP(qPrintable(TempStore::unavailableReason()));
        m_clock = std::make_unique<FixedClock>(CustomerShop::bj(QDate(2026, 12, 5), 12));
        m_shop = std::make_unique<CustomerShop>();
        QVERIFY2(m_shop->load(), qPrintable(m_shop->error()));
    }

    void cleanup()
    {
        m_shop.reset();
        m_clock.reset();
    }

    void perCustomerFigures()
    {
        Database &db = m_shop->db();
        const QVariantMap a = stats(db, QStringLiteral("a"));
        QCOMPARE(a.value(QStringLiteral("registered_day")).toInt(), 20260910);
        QCOMPARE(a.value(QStringLiteral("channel")).toString(), QStringLiteral("search"));
        QCOMPARE(a.value(QStringLiteral("source")).toString(), QStringLiteral("baidu"));
        QCOMPARE(a.value(QStringLiteral("paid_orders")).toLongLong(), 3);
        QCOMPARE(a.value(QStringLiteral("spent")).toLongLong(), 17000);
        QCOMPARE(a.value(QStringLiteral("refunded_orders")).toLongLong(), 1);
        QCOMPARE(a.value(QStringLiteral("refunded")).toLongLong(), 3000);
        QCOMPARE(a.value(QStringLiteral("cohort_month")).toInt(), 202609);
        QCOMPARE(a.value(QStringLiteral("cohort_week")).toInt(), 20260907); // a Thursday's Monday
        QCOMPARE(a.value(QStringLiteral("invitees1")).toLongLong(), 1);
        QCOMPARE(a.value(QStringLiteral("invitees2")).toLongLong(), 1);
        QCOMPARE(a.value(QStringLiteral("invitees3")).toLongLong(), 0);
        QCOMPARE(a.value(QStringLiteral("commission_earned")).toLongLong(),
                 2400); // reversed ¥5 not
        QCOMPARE(a.value(QStringLiteral("commission_on_orders")).toLongLong(), 0);
        QVERIFY(a.value(QStringLiteral("inviter1")).isNull());

        const QVariantMap b = stats(db, QStringLiteral("b"));
        QCOMPARE(b.value(QStringLiteral("channel")).toString(), QStringLiteral("wechat"));
        QCOMPARE(b.value(QStringLiteral("source")).toString(), QStringLiteral("wechat_group"));
        QCOMPARE(b.value(QStringLiteral("commission_earned")).toLongLong(), 800);
        QCOMPARE(b.value(QStringLiteral("commission_on_orders")).toLongLong(), 2000);
        QCOMPARE(b.value(QStringLiteral("inviter1")).toString(), QStringLiteral("a"));
        QCOMPARE(b.value(QStringLiteral("inviter1_day")).toInt(), 20260910);
        QCOMPARE(b.value(QStringLiteral("inviter1_source")).toString(), QStringLiteral("baidu"));

        const QVariantMap c = stats(db, QStringLiteral("c"));
        QCOMPARE(c.value(QStringLiteral("channel")).toString(), QStringLiteral("direct"));
        // Paid at 00:10 on 1 November in the shop: a November buyer, though still October in UTC.
        QCOMPARE(c.value(QStringLiteral("cohort_month")).toInt(), 202611);
        QCOMPARE(c.value(QStringLiteral("commission_on_orders")).toLongLong(), 1200);
        QCOMPARE(c.value(QStringLiteral("inviter2")).toString(), QStringLiteral("a"));
        QCOMPARE(c.value(QStringLiteral("inviter2_channel")).toString(), QStringLiteral("search"));
        QVERIFY(c.value(QStringLiteral("inviter3")).isNull());

        // Registered before the first visit on record: the Zhihu visit is not how d came.
        const QVariantMap d = stats(db, QStringLiteral("d"));
        QCOMPARE(d.value(QStringLiteral("channel")).toString(), QString());
        QCOMPARE(d.value(QStringLiteral("registered_day")).toInt(), 20240101);
        QCOMPARE(d.value(QStringLiteral("invitees1")).toLongLong(), 1);

        const QVariantMap e = stats(db, QStringLiteral("e"));
        QCOMPARE(e.value(QStringLiteral("paid_orders")).toLongLong(), 0);
        QVERIFY(e.value(QStringLiteral("cohort_month")).isNull());
        QCOMPARE(e.value(QStringLiteral("inviter1_day")).toInt(), 20240101);

        // The guest's order belongs to no one.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(spent) FROM customer_stats")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 5);
        QCOMPARE(q.value(1).toLongLong(), 17000 + 20000 + 8000 + 30000);
    }

    void monthCohortsInTheShopsZone()
    {
        CohortMatrixModel model(m_shop->db());
        model.setToday(QDate(2026, 12, 5));
        model.setCohortCount(4); // September to December
        model.reload();
        ModelCheck::run(&model);
        // October has no cohort: c's first order is November's in the shop's zone.
        QCOMPARE(model.cohortCount(), 2);
        QCOMPARE(model.cohortStart(0), QDate(2026, 9, 1));
        QCOMPARE(model.cohortStart(1), QDate(2026, 11, 1));
        QCOMPARE(model.cohortSize(0), 2);
        QCOMPARE(model.cohortSize(1), 2);
        // September: nobody bought twice in September (a's second order is October's in the shop),
        // a bought in October and in November, nobody in December.
        QCOMPARE(model.share(0, 0), 0.0);
        QCOMPARE(model.share(0, 1), 0.5);
        QCOMPARE(model.share(0, 2), 0.5);
        QCOMPARE(model.share(0, 3), 0.0);
        QVERIFY(std::isnan(model.share(0, 4))); // January has not begun
        QVERIFY(std::isnan(model.share(1, 2)));
        QCOMPARE(model.index(0, CohortMatrixModel::FirstPeriod + 1).data().toString(),
                 QLocale().toString(50.0, 'f', 1) + QLatin1Char('%'));
        QVERIFY(model.index(1, CohortMatrixModel::FirstPeriod + 2).data().toString().isEmpty());
        // Revenue per customer, cumulative: (100 + 200) / 2, + 50 / 2, + 20 / 2, + 0.
        model.setMeasure(CohortMatrixModel::Measure::RevenuePerCustomer);
        QCOMPARE(model.revenuePerCustomer(0, 0), 15000);
        QCOMPARE(model.revenuePerCustomer(0, 1), 17500);
        QCOMPARE(model.revenuePerCustomer(0, 2), 18500);
        QCOMPARE(model.revenuePerCustomer(0, 3), 18500);
        QCOMPARE(model.revenuePerCustomer(1, 0), 19000); // (80 + 300) / 2
        QCOMPARE(model.revenuePerCustomer(1, 1), 19000);
        // The heat map: the deepest cell is the largest revenue per customer.
        const QColor deepest =
            model.index(1, CohortMatrixModel::FirstPeriod).data(Qt::BackgroundRole).value<QColor>();
        const QColor first =
            model.index(0, CohortMatrixModel::FirstPeriod).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(deepest.lightness() < first.lightness());
        ModelCheck::run(&model);

        // One channel: only a is a Baidu customer.
        model.setChannel(QStringLiteral("search"));
        model.setMeasure(CohortMatrixModel::Measure::RepeatShare);
        model.reload();
        QCOMPARE(model.cohortCount(), 1);
        QCOMPARE(model.cohortSize(0), 1);
        QCOMPARE(model.share(0, 1), 1.0);
        // Customers whose first visit is not on record: d.
        model.setChannel(QStringLiteral("-"));
        model.reload();
        QCOMPARE(model.cohortCount(), 1);
        QCOMPARE(model.cohortStart(0), QDate(2026, 11, 1));
    }

    void weekCohorts()
    {
        CohortMatrixModel model(m_shop->db());
        model.setToday(QDate(2026, 12, 5));
        model.setUnit(CohortMatrixModel::Unit::Week);
        model.setCohortCount(14); // weeks of 2026-09-07 .. 2026-11-30
        model.reload();
        ModelCheck::run(&model);
        // a's week (7 Sep) and b's (14 Sep) are apart; c and d start in the weeks of 26 Oct
        // (1 Nov is a Sunday) and 16 Nov.
        QList<QDate> starts;
        for (int row = 0; row < model.cohortCount(); ++row)
            starts << model.cohortStart(row);
        QCOMPARE(starts, (QList<QDate>{QDate(2026, 9, 7), QDate(2026, 9, 14), QDate(2026, 10, 26),
                                       QDate(2026, 11, 16)}));
        // a's second order (1 Oct 00:30) is 24 days after 7 Sep: week 3; the third (15 Nov) week 9.
        QCOMPARE(model.share(0, 3), 1.0);
        QCOMPARE(model.share(0, 9), 1.0);
        QCOMPARE(model.share(0, 4), 0.0);
        model.setMeasure(CohortMatrixModel::Measure::RevenuePerCustomer);
        QCOMPARE(model.revenuePerCustomer(0, 3), 15000);
        QCOMPARE(model.revenuePerCustomer(0, 9), 17000);
    }

    void referralEconomy()
    {
        ReferralEconomyModel model(m_shop->db());
        model.setDateRange(DateRange(QDate(2026, 9, 1), QDate(2026, 9, 30)));
        model.reload();
        ModelCheck::run(&model);
        QCOMPARE(model.rows().size(), 2);
        const auto *baidu = rowOf(model, QStringLiteral("baidu"));
        const auto *group = rowOf(model, QStringLiteral("wechat_group"));
        QVERIFY(baidu && group);
        QCOMPARE(baidu->customers, 1);
        QCOMPARE(baidu->inviters, 1);
        QCOMPARE(baidu->invitees[0], 1);
        QCOMPARE(baidu->invitees[1], 1);
        QCOMPARE(baidu->ownRevenue, 17000);
        // c (registered in October) is credited once, to b, the nearest inviter in the range,
        // not to a as well.
        QCOMPARE(baidu->inviteesRevenue, 0);
        QCOMPARE(baidu->commissions, 0);
        QCOMPARE(group->ownRevenue, 20000);
        QCOMPARE(group->inviteesRevenue, 8000);
        QCOMPARE(group->commissions, 2000 + 1200);
        QCOMPARE(group->net(), 24800);
        const ReferralEconomyModel::Row total = model.totals();
        QCOMPARE(total.customers, 2);
        QCOMPARE(total.net(), 17000 + 24800);
        // The totals row closes the table.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ReferralEconomyModel::NetRevenue).data(ItemRoles::ExportRole),
                 QVariant(QStringLiteral("418.00")));
        QCOMPARE(group->net(), model.index(0, ReferralEconomyModel::NetRevenue)
                                   .data(ItemRoles::RawValueRole)
                                   .toLongLong()); // sorted by net revenue

        // October to December: c and e. e's inviter d registered long before: e counts in its
        // own channel and nothing goes to d's.
        model.setDateRange(DateRange(QDate(2026, 10, 1), QDate(2026, 12, 31)));
        model.reload();
        QCOMPARE(model.rows().size(), 2);
        const auto *direct = rowOf(model, QStringLiteral("direct"));
        const auto *eBaidu = rowOf(model, QStringLiteral("baidu"));
        QVERIFY(direct && eBaidu);
        QCOMPARE(direct->ownRevenue, 8000);
        QCOMPARE(direct->commissions, 1200);
        QCOMPARE(eBaidu->customers, 1);
        QCOMPARE(eBaidu->ownRevenue, 0);
        QCOMPARE(model.totals().inviteesRevenue, 0);
    }

    void segmentsAndTheCustomerTable()
    {
        CustomerTableModel model(m_shop->db());
        model.reload();
        ModelCheck::run(&model);
        QCOMPARE(model.totalRowCount(), 5);
        // Sorted by spending: d, b, a, c, e.
        QCOMPARE(column(model, CustomerTableModel::Name),
                 (QStringList{QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("A"),
                              QStringLiteral("C"), QStringLiteral("E")}));
        // On 5 December: d bought 15 days ago (new); a, with three orders, 20 days ago (loyal,
        // spent less than ¥1,000); b 76 and c 34 days ago, once each (needs attention).
        QCOMPARE(column(model, CustomerTableModel::Segment),
                 (QStringList{RfmSegment::name(RfmSegment::New),
                              RfmSegment::name(RfmSegment::NeedsAttention),
                              RfmSegment::name(RfmSegment::Loyal),
                              RfmSegment::name(RfmSegment::NeedsAttention),
                              RfmSegment::name(RfmSegment::NoPurchase)}));
        QCOMPARE(column(model, CustomerTableModel::Channel).at(0),
                 QCoreApplication::translate("CustomerTableModel", "First visit not on record"));
        QCOMPARE(column(model, CustomerTableModel::Inviter).at(1), QStringLiteral("A"));
        QCOMPARE(column(model, CustomerTableModel::AverageOrder).at(2),
                 Money::display(17000 / 3)); // whole fen, rounded down

        // Thresholds: a champion spends ¥100 → a is one.
        RfmThresholds t = model.thresholds();
        t.championSpend = 10000;
        model.setThresholds(t);
        QCOMPARE(column(model, CustomerTableModel::Segment).at(2),
                 RfmSegment::name(RfmSegment::Champions));
        model.setSegmentFilter(RfmSegment::Champions);
        QCOMPARE(column(model, CustomerTableModel::Name), QStringList{QStringLiteral("A")});
        model.setSegmentFilter(-1);

        model.setPurchaseFilter(CustomerTableModel::Purchases::Repeat);
        QCOMPARE(column(model, CustomerTableModel::Name), QStringList{QStringLiteral("A")});
        model.setPurchaseFilter(CustomerTableModel::Purchases::NotBought);
        QCOMPARE(column(model, CustomerTableModel::Name), QStringList{QStringLiteral("E")});
        model.setPurchaseFilter(CustomerTableModel::Purchases::Any);
        model.setInviterFilter(QStringLiteral("a"));
        QCOMPARE(column(model, CustomerTableModel::Name), QStringList{QStringLiteral("B")});
        model.setInviterFilter({});
        model.setChannelFilter(QStringLiteral("-"));
        QCOMPARE(column(model, CustomerTableModel::Name), QStringList{QStringLiteral("D")});
        model.setChannelFilter({});
        model.setFilterText(QStringLiteral("c"));
        QCOMPARE(column(model, CustomerTableModel::Name), QStringList{QStringLiteral("C")});
        model.setFilterText({});
        model.sort(CustomerTableModel::Registered, Qt::AscendingOrder);
        QCOMPARE(column(model, CustomerTableModel::Name).first(), QStringLiteral("D"));
        ModelCheck::run(&model);
    }

    // Pages that arrive later (a new order, a deleted order, a changed inviter) bring exactly
    // the figures a derivation from scratch gives.
    void laterPagesEqualADerivationFromScratch()
    {
        Database &db = m_shop->db();
        ParsedPage orders;
        orders.collection = Collection::Orders;
        OrderRecord late = TrafficFixture::order(QStringLiteral("oc2"), QStringLiteral("c"), {},
                                                 QStringLiteral("paid"),
                                                 CustomerShop::bj(QDate(2026, 12, 1), 9), 1000);
        late.paidAt = late.createdAt;
        orders.orders = {late};
        orders.deleted = {{QStringLiteral("oa4"), 0}};
        ParsedPage customers;
        customers.collection = Collection::Customers;
        CustomerRecord e = TrafficFixture::customer(QStringLiteral("e"), QStringLiteral("b"));
        e.nickname = QStringLiteral("E");
        e.registeredAt = CustomerShop::bj(QDate(2026, 11, 21), 20);
        e.updatedAt = e.registeredAt + 1;
        customers.customers = {e};
        QVERIFY2(m_shop->apply(orders) && m_shop->apply(customers) && m_shop->derive(),
                 qPrintable(m_shop->error()));

        QCOMPARE(stats(db, QStringLiteral("a")).value(QStringLiteral("paid_orders")).toLongLong(),
                 2);
        QCOMPARE(stats(db, QStringLiteral("a")).value(QStringLiteral("invitees2")).toLongLong(), 2);
        QCOMPARE(stats(db, QStringLiteral("b")).value(QStringLiteral("invitees1")).toLongLong(), 2);
        QCOMPARE(stats(db, QStringLiteral("d")).value(QStringLiteral("invitees1")).toLongLong(), 0);
        QCOMPARE(stats(db, QStringLiteral("e")).value(QStringLiteral("inviter2")).toString(),
                 QStringLiteral("a"));
        QCOMPARE(stats(db, QStringLiteral("c")).value(QStringLiteral("paid_orders")).toLongLong(),
                 2);

        const QStringList tables = {QStringLiteral("customer_stats"),
                                    QStringLiteral("customer_periods"),
                                    QStringLiteral("cohort_sizes"), QStringLiteral("cohort_cells")};
        QMap<QString, QStringList> incremental;
        for (const QString &t : tables)
            incremental.insert(t, dump(db, t));
        QSqlQuery q(db.connection());
        for (const QString &t : tables)
            QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(t)));
        QString error;
        CustomerDerivation derivation(db);
        QVERIFY(derivation.needsFullRebuild(&error));
        QVERIFY2(derivation.rebuildAll(&error), qPrintable(error));
        for (const QString &t : tables)
            QCOMPARE(dump(db, t), incremental.value(t));
        QVERIFY(!incremental.value(QStringLiteral("cohort_cells")).isEmpty());
    }

    void cliExports()
    {
        const CliRun customers =
            runCli({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--db"),
                    m_shop->path(), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--purchases"), QStringLiteral("repeat")});
        QVERIFY2(customers.exitCode == 0, qPrintable(customers.err));
        const QJsonArray rows = QJsonDocument::fromJson(customers.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("spent")).toString(),
                 QStringLiteral("170.00"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("invitees2")).toInteger(), 1);

        const CliRun cohorts = runCli(
            {QStringLiteral("export"), QStringLiteral("cohorts"), QStringLiteral("--db"),
             m_shop->path(), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--encoding"), QStringLiteral("utf8"), QStringLiteral("--cohorts"),
             QStringLiteral("4"), QStringLiteral("--measure"), QStringLiteral("revenue")});
        QVERIFY2(cohorts.exitCode == 0, qPrintable(cohorts.err));
        const QStringList lines =
            cohorts.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts); // CSV lines end in CRLF
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), QStringLiteral("2026-09-01,2,150.00,175.00,185.00,185.00"));

        const CliRun economy =
            runCli({QStringLiteral("export"), QStringLiteral("referral-economy"),
                    QStringLiteral("--db"), m_shop->path(), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--from"), QStringLiteral("2026-09-01"),
                    QStringLiteral("--to"), QStringLiteral("2026-09-30")});
        QVERIFY2(economy.exitCode == 0, qPrintable(economy.err));
        const QJsonArray economyRows = QJsonDocument::fromJson(economy.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("rows"))
                                           .toArray();
        QCOMPARE(economyRows.size(), 3);
        QCOMPARE(economyRows.at(0).toObject().value(QStringLiteral("net_revenue")).toString(),
                 QStringLiteral("248.00"));

        const CliRun bad =
            runCli({QStringLiteral("export"), QStringLiteral("cohorts"), QStringLiteral("--db"),
                    m_shop->path(), QStringLiteral("--unit"), QStringLiteral("year")});
        QCOMPARE(bad.exitCode, int(ExitUsage));
        QVERIFY(bad.err.contains(QLatin1String("--unit")));
    }
};

int main(int argc, char **argv)
{
    if (!MachineTimeZone::set(QByteArrayLiteral("America/New_York"))) {
        std::fprintf(stderr, "No rule to set the local time zone to America/New_York here\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestCustomerFigures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_customerfigures.moc"
