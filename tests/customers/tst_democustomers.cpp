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
#include "itemmodels/ReferralEconomyModel.h"
#include "itemmodels/ShopInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <cstdio>
#include <memory>

namespace {

const QDate kEndDate(2026, 11, 20);
constexpr int kDays = 60;
using Raw = RawCustomerFigures;

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
        // An order not paid (yet), of an invited customer if there is one: it gets paid.
        const QString pending = firstId(
            store, QStringLiteral("SELECT o.id FROM orders o JOIN customers c ON c.id = "
                                  "o.customer_id WHERE o.status NOT IN ('paid', 'shipped', "
                                  "'completed', 'refunded') ORDER BY CASE WHEN c.referrer_id IS "
                                  "NULL THEN 1 ELSE 0 END, o.id"));
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
        const QStringList picked{buyerWithInviter, pending,        firstOfRepeat, moved,
                                 newInviter,       deletedInviter, commission};
        QVERIFY2(!picked.contains(QString()),
                 qPrintable(QStringLiteral("the demo lacks a record this test changes: ") +
                            picked.join(QLatin1Char(','))));

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
                                    QStringLiteral("cohort_sizes"), QStringLiteral("cohort_cells"),
                                    QStringLiteral("customer_daily")};
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

    static QString report(const QStringList &differences)
    {
        return QStringLiteral("%1 differences, e.g.\n").arg(differences.size()) +
               differences.mid(0, 12).join(QLatin1Char('\n'));
    }

    void compareCustomerStats()
    {
        QVERIFY(reload());
        const QStringList differences = m_raw.statsDifferences(db());
        QVERIFY2(differences.isEmpty(), qPrintable(report(differences)));
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
            // Enough cohorts to reach back to the first.
            const int count =
                std::min(120, Raw::periodsBegun(unit, m_raw.cohorts(unit).firstKey(), today));
            for (const QString &channel : std::as_const(filters)) {
                CohortMatrixModel model(db());
                model.setUnit(CohortMatrixModel::Unit(int(unit)));
                model.setToday(today);
                model.setCohortCount(count);
                model.setChannel(channel.isNull()    ? QString()
                                 : channel.isEmpty() ? QStringLiteral("-")
                                                     : channel);
                model.reload();
                QVERIFY(model.cohortCount() > 0);
                const QStringList differences =
                    m_raw.cohortDifferences(model, unit, channel, today, count, &cells);
                QVERIFY2(differences.isEmpty(), qPrintable(report(differences)));
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
            QVERIFY(!model.rows().isEmpty());
            const QStringList differences = m_raw.economyDifferences(model, from, to);
            QVERIFY2(differences.isEmpty(), qPrintable(report(differences)));
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
