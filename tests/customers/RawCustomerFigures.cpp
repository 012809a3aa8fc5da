#include "RawCustomerFigures.h"

#include "itemmodels/CohortMatrixModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralEconomyModel.h"
#include "itemmodels/ShopInfo.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cmath>

namespace {

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + q.lastError().text();
    return false;
}

int dayKey(QDate d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

int monthKey(QDate d)
{
    return d.year() * 100 + d.month();
}

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

// The shop-local date of an instant. Every time zone's offsets and transitions fall on whole
// quarter hours, so one conversion per quarter hour gives every instant in it.
class DayCache
{
public:
    explicit DayCache(const ShopCalendar &calendar) : m_calendar(calendar) {}
    QDate dayOf(qint64 ms)
    {
        const qint64 bucket = ms >= 0 ? ms / 900000 : (ms - 899999) / 900000;
        auto it = m_days.constFind(bucket);
        if (it == m_days.cend())
            it = m_days.insert(bucket, m_calendar.dayOf(bucket * 900000));
        return *it;
    }

private:
    const ShopCalendar &m_calendar;
    QHash<qint64, QDate> m_days;
};

struct FirstVisit
{
    qint64 at = 0;
    QString session, channel, source;
    bool before(const FirstVisit &other) const
    {
        return at != other.at ? at < other.at : session < other.session;
    }
};

QString text(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

QString nullable(const QString &s)
{
    return s.isNull() ? QStringLiteral("NULL") : s;
}

QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString paidAt(qint64 at)
{
    return at < 0 ? QStringLiteral("NULL") : QString::number(at);
}

// customer_stats' columns as the raw figures give them.
QMap<QString, QString> expectedStats(const RawCustomerFigures::Customer &c)
{
    QMap<QString, QString> row{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("registered_day"), QString::number(c.registeredDay)},
        {QStringLiteral("channel"), notNull(c.channel)},
        {QStringLiteral("source"), notNull(c.source)},
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

} // namespace

bool RawCustomerFigures::load(Database &db, QString *error, int parts)
{
    m_customers.clear();
    m_calendar = ShopInfo::load(db).calendar();
    DayCache days(m_calendar);
    QSqlQuery q(db.connection());

    if (!run(q, QStringLiteral("SELECT id, registered_at, referrer_id, nickname FROM customers"),
             error))
        return false;
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toString();
        c.registeredAt = q.value(1).toLongLong();
        c.registeredDay = dayKey(days.dayOf(c.registeredAt));
        if (!q.value(2).isNull())
            c.referrer = q.value(2).toString();
        c.name = q.value(3).isNull() ? c.id : q.value(3).toString();
        m_customers.insert(c.id, c);
    }

    // Orders: paid, refunded, seen; which customer each order belongs to.
    QHash<QString, QString> buyerOf;
    if (!run(q,
             QStringLiteral(
                 "SELECT id, customer_id, status, paid_at, created_at, total FROM orders"),
             error))
        return false;
    while (q.next()) {
        if (q.value(1).isNull())
            continue; // a guest's
        const QString customer = q.value(1).toString();
        buyerOf.insert(q.value(0).toString(), customer);
        auto it = m_customers.find(customer);
        if (it == m_customers.end())
            continue;
        ++it->ordersSeen;
        const QString status = q.value(2).toString();
        const qint64 total = q.value(5).toLongLong();
        if (status == QLatin1String("paid") || status == QLatin1String("shipped") ||
            status == QLatin1String("completed")) {
            const qint64 at = q.value(q.value(3).isNull() ? 4 : 3).toLongLong();
            ++it->paidOrders;
            it->spent += total;
            it->paid.append({at, total});
            if (it->firstPaidAt < 0 || at < it->firstPaidAt)
                it->firstPaidAt = at;
            if (at > it->lastPaidAt)
                it->lastPaidAt = at;
        } else if (status == QLatin1String("refunded")) {
            ++it->refundedOrders;
            it->refunded += total;
        }
    }
    for (Customer &c : m_customers) {
        if (c.firstPaidAt < 0)
            continue;
        const QDate first = days.dayOf(c.firstPaidAt);
        c.cohortMonth = monthKey(first);
        c.cohortWeek = dayKey(mondayOf(first));
    }

    if ((parts & Commissions) &&
        !run(q, QStringLiteral("SELECT order_id, beneficiary_id, amount, status FROM commissions"),
             error))
        return false;
    while ((parts & Commissions) && q.next()) {
        const bool counts = q.value(3).toString() != QLatin1String("reversed");
        const qint64 amount = q.value(2).toLongLong();
        auto beneficiary = m_customers.find(q.value(1).toString());
        if (beneficiary != m_customers.end()) {
            ++beneficiary->commissionsSeen;
            if (counts)
                beneficiary->commissionEarned += amount;
        }
        const auto buyer = buyerOf.constFind(q.value(0).toString());
        if (buyer == buyerOf.cend() || !counts)
            continue;
        auto customer = m_customers.find(*buyer);
        if (customer != m_customers.end())
            customer->commissionOnOrders += amount;
    }

    // Acquisition: each visitor's first session; the visitors of each customer.
    QHash<QString, FirstVisit> firstOfVisitor;
    QHash<QString, QString> visitorOfSession;
    QHash<QString, QSet<QString>> visitorsOf; // customer -> visitors
    qint64 historyStart = -1;
    if ((parts & Acquisition) &&
        !run(q,
             QStringLiteral(
                 "SELECT id, visitor_id, customer_id, started_at, channel, source FROM sessions"),
             error))
        return false;
    while ((parts & Acquisition) && q.next()) {
        const FirstVisit visit{q.value(3).toLongLong(), q.value(0).toString(),
                               q.value(4).toString(), q.value(5).toString()};
        const QString visitor = q.value(1).toString();
        visitorOfSession.insert(visit.session, visitor);
        if (historyStart < 0 || visit.at < historyStart)
            historyStart = visit.at;
        auto it = firstOfVisitor.find(visitor);
        if (it == firstOfVisitor.end())
            firstOfVisitor.insert(visitor, visit);
        else if (visit.before(*it))
            *it = visit;
        if (!q.value(2).isNull())
            visitorsOf[q.value(2).toString()].insert(visitor);
    }
    if ((parts & Acquisition) &&
        !run(q,
             QStringLiteral("SELECT session_id, customer_id FROM events WHERE type = 'register' "
                            "AND customer_id IS NOT NULL"),
             error))
        return false;
    while ((parts & Acquisition) && q.next()) {
        const auto visitor = visitorOfSession.constFind(q.value(0).toString());
        if (visitor != visitorOfSession.cend())
            visitorsOf[q.value(1).toString()].insert(*visitor);
    }
    for (auto it = visitorsOf.cbegin(); it != visitorsOf.cend(); ++it) {
        auto customer = m_customers.find(it.key());
        if (customer == m_customers.end() || historyStart < 0 ||
            customer->registeredAt < historyStart)
            continue;
        const FirstVisit *first = nullptr;
        for (const QString &visitor : it.value()) {
            const auto v = firstOfVisitor.constFind(visitor);
            if (v != firstOfVisitor.cend() && (!first || v->before(*first)))
                first = &*v;
        }
        if (first) {
            customer->channel = first->channel;
            customer->source = first->source;
        }
    }

    // Inviters up the chain of stored customers; invitees counted at the inviter's end.
    for (Customer &c : m_customers) {
        QString at = c.referrer;
        for (int level = 0; level < 3 && !at.isNull(); ++level) {
            c.inviter[level] = at;
            const auto inviter = m_customers.find(at);
            if (inviter == m_customers.end())
                break;
            ++inviter->invitees[level];
            at = inviter->referrer;
        }
    }
    for (Customer &c : m_customers) {
        for (int level = 0; level < 3; ++level) {
            const auto inviter = m_customers.constFind(c.inviter[level]);
            if (c.inviter[level].isNull() || inviter == m_customers.cend())
                continue;
            c.inviterDay[level] = inviter->registeredDay;
            c.inviterChannel[level] =
                inviter->channel.isNull() ? QLatin1String("") : inviter->channel;
            c.inviterSource[level] = inviter->source.isNull() ? QLatin1String("") : inviter->source;
        }
    }
    return true;
}

QMap<int, RawCustomerFigures::Cohort> RawCustomerFigures::cohorts(Unit unit,
                                                                  const QString &channel) const
{
    DayCache days(m_calendar);
    QMap<int, Cohort> out;
    for (const Customer &c : m_customers) {
        if (c.firstPaidAt < 0 || (!channel.isNull() && c.channel != channel))
            continue;
        const int key = unit == Unit::Month ? c.cohortMonth : c.cohortWeek;
        Cohort &cohort = out[key];
        ++cohort.size;
        const QDate start = unit == Unit::Month ? QDate(key / 100, key % 100, 1)
                                                : QDate(key / 10000, key / 100 % 100, key % 100);
        QMap<int, Cell> mine; // buyers: this customer's orders in the period
        for (const auto &[at, total] : c.paid) {
            const QDate day = days.dayOf(at);
            const int offset = unit == Unit::Month
                                   ? (day.year() - start.year()) * 12 + day.month() - start.month()
                                   : int(start.daysTo(day) / 7);
            ++mine[offset].buyers;
            mine[offset].revenue += total;
        }
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            Cell &cell = cohort.periods[it.key()];
            cell.revenue += it->revenue;
            if (it->buyers >= (it.key() == 0 ? 2 : 1))
                ++cell.buyers;
        }
    }
    return out;
}

int RawCustomerFigures::periodsBegun(Unit unit, int cohortKey, QDate today)
{
    if (unit == Unit::Month) {
        const int months = (today.year() - cohortKey / 100) * 12 + today.month() - cohortKey % 100;
        return months < 0 ? 0 : months + 1;
    }
    const QDate monday(cohortKey / 10000, cohortKey / 100 % 100, cohortKey % 100);
    const qint64 daysSince = monday.daysTo(today);
    return daysSince < 0 ? 0 : int(daysSince / 7) + 1;
}

QList<RawCustomerFigures::EconomyRow> RawCustomerFigures::economy(QDate from, QDate to) const
{
    const int first = dayKey(from), last = dayKey(to);
    auto inRange = [&](const Customer &c) {
        return c.registeredDay >= first && c.registeredDay <= last;
    };
    QMap<std::pair<QString, QString>, EconomyRow> rows;
    auto rowOf = [&](const Customer &c) -> EconomyRow & {
        EconomyRow &r = rows[{c.channel, c.source}];
        r.channel = c.channel;
        r.source = c.source;
        return r;
    };
    for (const Customer &c : m_customers) {
        if (inRange(c)) {
            EconomyRow &r = rowOf(c);
            ++r.customers;
            if (c.invitees[0] > 0)
                ++r.inviters;
            for (int level = 0; level < 3; ++level)
                r.invitees[level] += c.invitees[level];
            r.ownRevenue += c.spent;
            r.commissions += c.commissionOnOrders;
            continue;
        }
        // The nearest stored inviter up the chain who registered in the range.
        QString at = c.referrer;
        for (int level = 0; level < 3 && !at.isNull(); ++level) {
            const auto inviter = m_customers.constFind(at);
            if (inviter == m_customers.cend())
                break;
            if (inRange(*inviter)) {
                EconomyRow &r = rowOf(*inviter);
                r.inviteesRevenue += c.spent;
                r.commissions += c.commissionOnOrders;
                break;
            }
            at = inviter->referrer;
        }
    }
    return rows.values();
}

QStringList RawCustomerFigures::statsDifferences(Database &db) const
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM customer_stats")))
        return {q.lastError().text()};
    QStringList differences;
    QSet<QString> seen;
    while (q.next()) {
        const QString id = q.value(QStringLiteral("customer_id")).toString();
        seen.insert(id);
        const auto raw = m_customers.constFind(id);
        if (raw == m_customers.cend()) {
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
        if (q.record().count() != expected.size() + 1)
            columns << QStringLiteral("%1 columns").arg(q.record().count());
        if (!columns.isEmpty())
            differences << id + QStringLiteral(": ") + columns.join(QStringLiteral(", "));
    }
    for (const Customer &c : m_customers) {
        if (!seen.contains(c.id))
            differences << c.id + QStringLiteral(": no customer_stats row");
    }
    differences.sort();
    return differences;
}

QStringList RawCustomerFigures::cohortDifferences(CohortMatrixModel &model, Unit unit,
                                                  const QString &channel, QDate today,
                                                  int cohortCount, int *cellsCompared) const
{
    const QString what =
        QStringLiteral("%1 cohorts, channel '%2'")
            .arg(unit == Unit::Month ? QStringLiteral("month") : QStringLiteral("week"),
                 channel.isNull() ? QStringLiteral("all") : channel);
    if (!model.lastError().isEmpty())
        return {what + QStringLiteral(": ") + model.lastError()};
    const QMap<int, Cohort> all = cohorts(unit, channel);
    // The model's window: its last cohort is today's period.
    const int count = model.rowCount() > 0 ? model.cohortCount() : 0;
    QList<int> keys;
    for (int row = 0; row < count; ++row) {
        const QDate start = model.cohortStart(row);
        keys << (unit == Unit::Month ? start.year() * 100 + start.month() : dayKey(start));
    }
    // The window: cohortCount periods up to today's.
    const QDate last =
        unit == Unit::Month ? QDate(today.year(), today.month(), 1) : mondayOf(today);
    const QDate first = unit == Unit::Month ? last.addMonths(1 - cohortCount)
                                            : last.addDays(7 * qint64(1 - cohortCount));
    const int firstKey = unit == Unit::Month ? monthKey(first) : dayKey(first);
    const int lastKey = unit == Unit::Month ? monthKey(last) : dayKey(last);
    QList<int> expectedKeys;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() >= firstKey && it.key() <= lastKey)
            expectedKeys << it.key();
    }
    if (keys != expectedKeys) {
        QStringList shown, expected;
        for (int k : std::as_const(keys))
            shown << QString::number(k);
        for (int k : std::as_const(expectedKeys))
            expected << QString::number(k);
        return {what + QStringLiteral(": cohorts %1, raw %2")
                           .arg(shown.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')))};
    }
    QStringList differences;
    const CohortMatrixModel::Measure measure = model.measure();
    for (int row = 0; row < count; ++row) {
        const Cohort &cohort = all.value(keys.at(row));
        const QString where = what + QStringLiteral(", cohort %1").arg(keys.at(row));
        if (model.cohortSize(row) != cohort.size) {
            differences << where + QStringLiteral(": %1 customers, raw %2")
                                       .arg(model.cohortSize(row))
                                       .arg(cohort.size);
            continue;
        }
        const int begun = periodsBegun(unit, keys.at(row), today);
        qint64 cumulative = 0;
        for (int period = 0; period <= begun; ++period) {
            const QString cell = where + QStringLiteral(" period %1").arg(period);
            if (period == begun) { // not begun: no figure
                if (!std::isnan(model.share(row, period)) ||
                    model.revenuePerCustomer(row, period) != -1)
                    differences << cell + QStringLiteral(": a figure for a period not begun");
                break;
            }
            const Cell raw = cohort.periods.value(period);
            cumulative += raw.revenue;
            const double share = double(raw.buyers) / double(cohort.size);
            const qint64 perCustomer = (2 * cumulative + cohort.size) / (2 * cohort.size);
            if (model.share(row, period) != share)
                differences << cell + QStringLiteral(": share %1, raw %2 of %3")
                                          .arg(model.share(row, period))
                                          .arg(raw.buyers)
                                          .arg(cohort.size);
            if (model.revenuePerCustomer(row, period) != perCustomer)
                differences << cell + QStringLiteral(": revenue per customer %1, raw %2")
                                          .arg(model.revenuePerCustomer(row, period))
                                          .arg(perCustomer);
            // The table shows the measure chosen; RawValueRole has its figure.
            const QModelIndex index = model.index(row, CohortMatrixModel::FirstPeriod + period);
            model.setMeasure(CohortMatrixModel::Measure::RepeatShare);
            if (index.data(ItemRoles::RawValueRole).toDouble() != share)
                differences << cell + QStringLiteral(": the table's share differs");
            model.setMeasure(CohortMatrixModel::Measure::RevenuePerCustomer);
            if (index.data(ItemRoles::RawValueRole).toLongLong() != perCustomer)
                differences << cell + QStringLiteral(": the table's revenue differs");
            if (cellsCompared)
                ++*cellsCompared;
        }
    }
    model.setMeasure(measure);
    return differences;
}

QStringList RawCustomerFigures::economyDifferences(const ReferralEconomyModel &model, QDate from,
                                                   QDate to) const
{
    auto line = [](const QString &channel, const QString &source, qint64 customers, qint64 inviters,
                   const qint64 *invitees, qint64 own, qint64 invited, qint64 commissions) {
        return QStringLiteral("%1/%2: %3 customers, %4 inviters, %5/%6/%7 invitees, own %8, "
                              "invitees' %9, commissions %10")
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
    const QString range =
        from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    if (!model.lastError().isEmpty())
        return {range + QStringLiteral(": ") + model.lastError()};
    QStringList shown, expected;
    for (const ReferralEconomyModel::Row &r : model.rows())
        shown << line(r.channel, r.source, r.customers, r.inviters, r.invitees, r.ownRevenue,
                      r.inviteesRevenue, r.commissions);
    for (const EconomyRow &r : economy(from, to))
        expected << line(r.channel, r.source, r.customers, r.inviters, r.invitees, r.ownRevenue,
                         r.inviteesRevenue, r.commissions);
    QStringList differences;
    for (const QString &s : std::as_const(shown))
        if (!expected.contains(s))
            differences << range + QStringLiteral(" model: ") + s;
    for (const QString &s : std::as_const(expected))
        if (!shown.contains(s))
            differences << range + QStringLiteral(" raw:   ") + s;
    return differences;
}
