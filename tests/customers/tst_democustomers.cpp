// The demo shop's customers, cohorts and referral economy, as a sync derives them
// (customers/CustomerDerivation) and the models show them, against the same figures recomputed
// from the raw rows (RawCustomerFigures): every customer_stats row, both cohort matrices with
// both measures (every channel, and each one), the referral economy for three ranges. Then the
// live site changes (new orders, a refund, a new payment, a moved and a deleted inviter, a
// deleted order, a commission credited to someone else) and an incremental sync must still
// match. The machine's zone is New York, so a day or month taken in any zone but the shop's
// shows up.
#include "../sync/SyncRunner.h"
#include "MachineTimeZone.h"
#include "RawCustomerFigures.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "customers/CustomerDerivation.h"
#include "itemmodels/CohortMatrixModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralEconomyModel.h"
#include "itemmodels/ShopInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <cmath>
#include <cstdio>
#include <memory>

namespace {

const QDate kEndDate(2026, 11, 20);
constexpr int kDays = 60;
using Raw = RawCustomerFigures;

QString text(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

QString nullable(const QString &s)
{
    return s.isNull() ? QStringLiteral("NULL") : s;
}

QString paidAt(qint64 at)
{
    return at < 0 ? QStringLiteral("NULL") : QString::number(at);
}

// customer_stats' columns as the raw figures give them.
QMap<QString, QString> expectedStats(const Raw::Customer &c)
{
    QMap<QString, QString> row{
        {QStringLiteral("registered_day"), QString::number(c.registeredDay)},
        {QStringLiteral("channel"), c.channel.isNull() ? QString(QLatin1String("")) : c.channel},
        {QStringLiteral("source"), c.source.isNull() ? QString(QLatin1String("")) : c.source},
        {QStringLiteral("first_paid_at"), paidAt(c.firstPaidAt)},
        {QStringLiteral("last_paid_at"), paidAt(c.lastPaidAt)},
        {QStringLiteral("cohort_month"),
         c.cohortMonth ? QString::number(c.cohortMonth) : QStringLiteral("NULL")},
        {QStringLiteral("cohort_week"),
         c.cohortWeek ? QString::number(c.cohortWeek) : QStringLiteral("NULL")},
        {QStringLiteral("paid_orders"), QString::number(c.paidOrders)},
        {QStringLiteral("spent"), QString::number(c.spent)},
        {QStringLiteral("refunded_orders"), QString::number(c.refundedOrders)},
        {QStringLiteral("refunded"), QString::number(c.refunded)},
        {QStringLiteral("orders_seen"), QString::number(c.ordersSeen)},
        {QStringLiteral("commissions_seen"), QString::number(c.commissionsSeen)},
        {QStringLiteral("commission_earned"), QString::number(c.commissionEarned)},
        {QStringLiteral("commission_on_orders"), QString::number(c.commissionOnOrders)},
    };
    for (int level = 0; level < 3; ++level) {
        const QString n = QString::number(level + 1);
        row.insert(QStringLiteral("invitees") + n, QString::number(c.invitees[level]));
        row.insert(QStringLiteral("inviter") + n, nullable(c.inviter[level]));
        row.insert(QStringLiteral("inviter%1_day").arg(n), text(c.inviterDay[level]));
        row.insert(QStringLiteral("inviter%1_channel").arg(n), nullable(c.inviterChannel[level]));
        row.insert(QStringLiteral("inviter%1_source").arg(n), nullable(c.inviterSource[level]));
    }
    return row;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QString firstId(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestDemoCustomers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({QStringLiteral("--days"), QString::number(kDays),
                               QStringLiteral("--scale"), QStringLiteral("0.4"),
                               QStringLiteral("--end-date"), kEndDate.toString(Qt::ISODate)},
                              &error),
                 qPrintable(error));
        m_store = std::make_unique<TempStore>();
        const SyncResult result = runSync(db(), m_site.address(), SiteProcess::kToken);
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.error));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0);
    }

    // The demo has what the comparisons need to mean something.
    void theDemoHasBuyersInvitersAndChannels()
    {
        QVERIFY(reload());
        qint64 buyers = 0, repeat = 0, invited3 = 0, unknown = 0;
        QSet<QString> channels;
        for (const Raw::Customer &c : m_raw.customers()) {
            buyers += c.paidOrders > 0;
            repeat += c.paidOrders > 1;
            invited3 += !c.inviter[2].isNull();
            unknown += c.channel.isEmpty();
            channels.insert(c.channel);
        }
        const QString figures = QStringLiteral("%1 customers, %2 buyers, %3 repeat, %4 with three "
                                               "inviters, %5 first visits unknown, %6 channels")
                                    .arg(m_raw.customers().size())
                                    .arg(buyers)
                                    .arg(repeat)
                                    .arg(invited3)
                                    .arg(unknown)
                                    .arg(channels.size());
        qInfo("%s", qPrintable(figures));
        QVERIFY2(m_raw.customers().size() > 300 && buyers > 100 && repeat > 5 && invited3 > 0 &&
                     unknown > 0 && channels.size() >= 4,
                 qPrintable(figures));
    }

    void customerStatsMatchTheRawRows() { compareCustomerStats(); }
    void cohortMatricesMatchTheRawRows() { compareCohorts(); }
    void referralEconomyMatchesTheRawRows() { compareEconomy(); }

    // The live site changes; an incremental sync brings figures that still match, and that a
    // derivation from scratch repeats.
    void afterTheSiteChangesAnIncrementalSyncStillMatches()
    {
        Database &store = db();
        const QString buyerWithInviter = firstId(
            store, QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = "
                                  "o.customer_id WHERE o.status IN ('paid', 'shipped', "
                                  "'completed') AND c.referrer_id IS NOT NULL ORDER BY o.id"));
        const QString pending =
            firstId(store, QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = "
                                          "o.customer_id WHERE o.status = 'pending' AND "
                                          "c.referrer_id IS NOT NULL ORDER BY o.id"));
        // A repeat buyer's first paid order: their cohort moves.
        const QString firstOfRepeat = firstId(
            store, QStringLiteral("SELECT o.id FROM orders o WHERE o.status IN ('paid', "
                                  "'shipped', 'completed') AND o.customer_id IN (SELECT "
                                  "customer_id FROM orders WHERE status IN ('paid', 'shipped', "
                                  "'completed') GROUP BY customer_id HAVING COUNT(*) > 1) "
                                  "ORDER BY COALESCE(o.paid_at, o.created_at) LIMIT 1"));
        // An inviter whose invitees invited too: moved under another customer.
        const QString moved = firstId(
            store, QStringLiteral("SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM "
                                  "customers i JOIN customers j ON j.referrer_id = i.id WHERE "
                                  "i.referrer_id = c.id AND i.id <> c.id) AND c.referrer_id <> "
                                  "c.id ORDER BY c.id"));
        const QString newInviter = firstId(
            store, QStringLiteral("SELECT c.id FROM customers c WHERE c.referrer_id IS NOT NULL "
                                  "AND c.referrer_id <> c.id AND c.id <> '%1' AND NOT EXISTS "
                                  "(SELECT 1 FROM customers i WHERE i.referrer_id = c.id) "
                                  "ORDER BY c.registered_at DESC")
                       .arg(moved));
        const QString deletedInviter = firstId(
            store, QStringLiteral("SELECT c.id FROM customers c WHERE c.id <> '%1' AND c.id <> "
                                  "'%2' AND EXISTS (SELECT 1 FROM customers i WHERE "
                                  "i.referrer_id = c.id AND i.id <> c.id) ORDER BY c.id DESC")
                       .arg(moved, newInviter));
        const QString commission = firstId(
            store, QStringLiteral("SELECT id FROM commissions WHERE status <> 'reversed' AND "
                                  "beneficiary_id <> '%1' ORDER BY id")
                       .arg(deletedInviter));
        // Customers with no inviter and no invitee: nothing links them to the commission.
        QStringList loners;
        {
            QSqlQuery q(store.connection());
            QVERIFY(q.exec(
                QStringLiteral(
                    "SELECT c.id FROM customers c WHERE c.referrer_id IS NULL AND NOT EXISTS "
                    "(SELECT "
                    "1 FROM customers i WHERE i.referrer_id = c.id) AND NOT EXISTS (SELECT 1 FROM "
                    "orders o JOIN commissions m ON m.order_id = o.id WHERE m.id = '%1' AND "
                    "o.customer_id = c.id) ORDER BY c.id LIMIT 2")
                    .arg(commission)));
            while (q.next())
                loners << q.value(0).toString();
        }
        QCOMPARE(loners.size(), 2);
        for (const QString &id : {buyerWithInviter, pending, firstOfRepeat, moved, newInviter,
                                  deletedInviter, commission})
            QVERIFY2(!id.isEmpty(), "the demo lacks a record this test changes");

        // Each change in a sync of its own, so that the customers it touches are not rebuilt
        // anyway for another change's sake.
        const qint64 ordersBefore = scalar(store, QStringLiteral("SELECT COUNT(*) FROM orders"));
        QVERIFY(post(QStringLiteral("add-orders?n=40")));
        QVERIFY(
            post(QStringLiteral("touch/orders/") + buyerWithInviter, R"({"status": "refunded"})"));
        QVERIFY(post(QStringLiteral("touch/orders/") + pending, R"({"status": "paid"})"));
        QVERIFY(post(QStringLiteral("delete/orders/") + firstOfRepeat));
        QVERIFY(syncAndCompare(QStringLiteral("new orders, a refund, a payment, a deleted order")));
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM orders")),
                 ordersBefore + 40 - 1);

        QVERIFY(post(QStringLiteral("touch/customers/") + moved,
                     QJsonDocument(QJsonObject{{QStringLiteral("referrer_id"), newInviter}})
                         .toJson(QJsonDocument::Compact)));
        QVERIFY(syncAndCompare(QStringLiteral("an inviter moved under another customer")));

        QVERIFY(post(QStringLiteral("delete/customers/") + deletedInviter));
        QVERIFY(syncAndCompare(QStringLiteral("an inviter deleted")));
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM customers WHERE id = '%1'")
                                   .arg(deletedInviter)),
                 0);

        QVERIFY(post(QStringLiteral("touch/commissions/") + commission,
                     QJsonDocument(QJsonObject{{QStringLiteral("beneficiary_id"), loners.at(0)}})
                         .toJson(QJsonDocument::Compact)));
        QVERIFY(syncAndCompare(QStringLiteral("a commission credited to another customer")));
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM commissions WHERE id = '%1' "
                                              "AND beneficiary_id = '%2'")
                                   .arg(commission, loners.at(0))),
                 1);
        // Away again, from a customer outside the order's chain of inviters to another one.
        QVERIFY(post(QStringLiteral("touch/commissions/") + commission,
                     QJsonDocument(QJsonObject{{QStringLiteral("beneficiary_id"), loners.at(1)}})
                         .toJson(QJsonDocument::Compact)));
        QVERIFY(syncAndCompare(QStringLiteral("the commission credited to a third customer")));

        // The incremental result is what a derivation from scratch gives.
        const QStringList tables = {QStringLiteral("customer_stats"),
                                    QStringLiteral("customer_periods"),
                                    QStringLiteral("cohort_sizes"), QStringLiteral("cohort_cells")};
        QMap<QString, QStringList> incremental;
        for (const QString &t : tables)
            incremental.insert(t, TempStore::dump(store, t));
        QSqlQuery q(store.connection());
        for (const QString &t : tables)
            QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(t)));
        QString error;
        CustomerDerivation derivation(store);
        QVERIFY2(derivation.rebuildAll(&error), qPrintable(error));
        for (const QString &t : tables)
            QCOMPARE(TempStore::dump(store, t), incremental.value(t));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_site.stop();
    }

private:
    Database &db() { return m_store->db(); }

    bool post(const QString &path, const QByteArray &body = {})
    {
        const QByteArray answer = m_site.adminPost(path, body);
        return !answer.isEmpty() && !answer.contains("\"error\"");
    }

    // False when a comparison failed (and reported why).
    bool syncAndCompare(const QString &what)
    {
        qInfo("%s", qPrintable(what));
        const SyncResult result = runSync(db(), m_site.address(), SiteProcess::kToken);
        if (result.status != SyncResult::Status::Ok) {
            qWarning("sync: %s", qPrintable(result.error));
            return false;
        }
        compareCustomerStats();
        if (!QTest::currentTestFailed())
            compareCohorts();
        if (!QTest::currentTestFailed())
            compareEconomy();
        return !QTest::currentTestFailed();
    }

    bool reload()
    {
        QString error;
        if (!m_raw.load(db(), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    void compareCustomerStats()
    {
        QVERIFY(reload());
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM customer_stats")));
        QStringList differences;
        QSet<QString> seen;
        while (q.next()) {
            const QSqlRecord record = q.record();
            const QString id = q.value(QStringLiteral("customer_id")).toString();
            seen.insert(id);
            const auto raw = m_raw.customers().constFind(id);
            if (raw == m_raw.customers().cend()) {
                differences << id + QStringLiteral(": not a customer");
                continue;
            }
            const QMap<QString, QString> expected = expectedStats(*raw);
            QStringList columns;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                const QString stored = text(q.value(it.key()));
                if (stored != it.value())
                    columns << QStringLiteral("%1 %2 (raw %3)").arg(it.key(), stored, it.value());
            }
            if (record.count() != expected.size() + 1)
                columns << QStringLiteral("%1 columns").arg(record.count());
            if (!columns.isEmpty())
                differences << id + QStringLiteral(": ") + columns.join(QStringLiteral(", "));
        }
        for (const Raw::Customer &c : m_raw.customers()) {
            if (!seen.contains(c.id))
                differences << c.id + QStringLiteral(": no customer_stats row");
        }
        differences.sort();
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QStringLiteral("%1 customers differ, e.g.\n").arg(differences.size()) +
                            differences.mid(0, 12).join(QLatin1Char('\n'))));
    }

    void compareCohorts()
    {
        QVERIFY(reload());
        const QDate today = m_raw.calendar().today();
        QSet<QString> channels;
        for (const Raw::Customer &c : m_raw.customers())
            channels.insert(c.channel.isNull() ? QString(QLatin1String("")) : c.channel);
        QStringList filters{QString()}; // every channel, then each
        for (const QString &c : std::as_const(channels))
            filters << c;
        int cells = 0;
        for (const Raw::Unit unit : {Raw::Unit::Month, Raw::Unit::Week}) {
            for (const QString &channel : std::as_const(filters)) {
                const QMap<int, Raw::Cohort> expected = m_raw.cohorts(unit, channel);
                QVERIFY(!expected.isEmpty());
                // Enough cohorts to reach back to the first.
                const int count =
                    std::min(120, Raw::periodsBegun(unit, m_raw.cohorts(unit).firstKey(), today));
                CohortMatrixModel model(db());
                model.setUnit(CohortMatrixModel::Unit(int(unit)));
                model.setToday(today);
                model.setCohortCount(count);
                model.setChannel(channel.isNull()    ? QString()
                                 : channel.isEmpty() ? QStringLiteral("-")
                                                     : channel);
                model.reload();
                QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
                const QString what = QStringLiteral("%1 cohorts, channel '%2'")
                                         .arg(unit == Raw::Unit::Month ? QStringLiteral("month")
                                                                       : QStringLiteral("week"),
                                              channel.isNull() ? QStringLiteral("all") : channel);
                QList<int> keys;
                for (int row = 0; row < model.cohortCount(); ++row) {
                    const QDate start = model.cohortStart(row);
                    keys << (unit == Raw::Unit::Month
                                 ? start.year() * 100 + start.month()
                                 : start.year() * 10000 + start.month() * 100 + start.day());
                }
                QVERIFY2(keys == expected.keys(), qPrintable(what));
                for (int row = 0; row < model.cohortCount(); ++row) {
                    const Raw::Cohort &cohort = expected.value(keys.at(row));
                    QVERIFY2(model.cohortSize(row) == cohort.size, qPrintable(what));
                    const int begun = Raw::periodsBegun(unit, keys.at(row), today);
                    qint64 cumulative = 0;
                    for (int period = 0; period <= begun; ++period) {
                        const QString where =
                            what +
                            QStringLiteral(", cohort %1 period %2").arg(keys.at(row)).arg(period);
                        if (period == begun) { // not begun: no figure
                            QVERIFY2(std::isnan(model.share(row, period)), qPrintable(where));
                            QVERIFY2(model.revenuePerCustomer(row, period) == -1,
                                     qPrintable(where));
                            break;
                        }
                        const Raw::Cell cell = cohort.periods.value(period);
                        cumulative += cell.revenue;
                        const double share = double(cell.buyers) / double(cohort.size);
                        const qint64 perCustomer =
                            (2 * cumulative + cohort.size) / (2 * cohort.size);
                        QVERIFY2(model.share(row, period) == share,
                                 qPrintable(where + QStringLiteral(": share %1, raw %2 of %3")
                                                        .arg(model.share(row, period))
                                                        .arg(cell.buyers)
                                                        .arg(cohort.size)));
                        QVERIFY2(model.revenuePerCustomer(row, period) == perCustomer,
                                 qPrintable(where + QStringLiteral(": revenue %1, raw %2")
                                                        .arg(model.revenuePerCustomer(row, period))
                                                        .arg(perCustomer)));
                        // The table shows the measure chosen; RawValueRole has the figure.
                        const QModelIndex index =
                            model.index(row, CohortMatrixModel::FirstPeriod + period);
                        model.setMeasure(CohortMatrixModel::Measure::RepeatShare);
                        QVERIFY2(index.data(ItemRoles::RawValueRole).toDouble() == share,
                                 qPrintable(where));
                        model.setMeasure(CohortMatrixModel::Measure::RevenuePerCustomer);
                        QVERIFY2(index.data(ItemRoles::RawValueRole).toLongLong() == perCustomer,
                                 qPrintable(where));
                        ++cells;
                    }
                }
            }
        }
        qInfo("%d cohort cells equal", cells);
    }

    void compareEconomy()
    {
        QVERIFY(reload());
        const QDate first = kEndDate.addDays(-kDays);
        const QDate today = m_raw.calendar().today();
        // Everyone to date (early customers registered up to two years before the history);
        // the history's last month; a fortnight around the evening of the referral burst.
        const QList<std::pair<QDate, QDate>> ranges = {
            {QDate(2000, 1, 1), today},
            {kEndDate.addMonths(-1), kEndDate},
            {first.addDays(kDays * 2 / 3 - 7), first.addDays(kDays * 2 / 3 + 7)},
        };
        for (const auto &[from, to] : ranges) {
            ReferralEconomyModel model(db());
            model.setDateRange(DateRange(from, to));
            model.reload();
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            auto line = [](const QString &channel, const QString &source, qint64 customers,
                           qint64 inviters, const qint64 *invitees, qint64 own, qint64 invited,
                           qint64 commissions) {
                return QStringLiteral("%1/%2: %3 customers, %4 inviters, %5/%6/%7 invitees, own "
                                      "%8, invitees' %9, commissions %10")
                    .arg(channel, source)
                    .arg(customers)
                    .arg(inviters)
                    .arg(invitees[0])
                    .arg(invitees[1])
                    .arg(invitees[2])
                    .arg(own)
                    .arg(invited)
                    .arg(commissions);
            };
            QStringList shown, expected;
            for (const ReferralEconomyModel::Row &r : model.rows())
                shown << line(r.channel, r.source, r.customers, r.inviters, r.invitees,
                              r.ownRevenue, r.inviteesRevenue, r.commissions);
            for (const Raw::EconomyRow &r : m_raw.economy(from, to))
                expected << line(r.channel, r.source, r.customers, r.inviters, r.invitees,
                                 r.ownRevenue, r.inviteesRevenue, r.commissions);
            shown.sort();
            expected.sort();
            const QString range =
                from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
            QVERIFY2(!expected.isEmpty(), qPrintable(range));
            if (shown != expected) {
                QStringList diff;
                for (const QString &s : std::as_const(shown))
                    if (!expected.contains(s))
                        diff << QStringLiteral("model: ") + s;
                for (const QString &s : std::as_const(expected))
                    if (!shown.contains(s))
                        diff << QStringLiteral("raw:   ") + s;
                QFAIL(qPrintable(range + QLatin1Char('\n') + diff.join(QLatin1Char('\n'))));
            }
        }
    }

    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;
    RawCustomerFigures m_raw;
};

int main(int argc, char **argv)
{
    if (!MachineTimeZone::set(QByteArrayLiteral("America/New_York"))) {
        std::fprintf(stderr, "No rule to set the local time zone to America/New_York here\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestDemoCustomers test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_democustomers.moc"
