#include "RawCustomerFigures.h"

#include "itemmodels/ShopInfo.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

bool RawCustomerFigures::load(Database &db, QString *error)
{
    m_customers.clear();
    m_calendar = ShopInfo::load(db).calendar();
    DayCache days(m_calendar);
    QSqlQuery q(db.connection());

    if (!run(q, QStringLiteral("SELECT id, registered_at, referrer_id FROM customers"), error))
        return false;
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toString();
        c.registeredAt = q.value(1).toLongLong();
        c.registeredDay = dayKey(days.dayOf(c.registeredAt));
        if (!q.value(2).isNull())
            c.referrer = q.value(2).toString();
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

    if (!run(q, QStringLiteral("SELECT order_id, beneficiary_id, amount, status FROM commissions"),
             error))
        return false;
    while (q.next()) {
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
    if (!run(q,
             QStringLiteral(
                 "SELECT id, visitor_id, customer_id, started_at, channel, source FROM sessions"),
             error))
        return false;
    while (q.next()) {
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
    if (!run(q,
             QStringLiteral("SELECT session_id, customer_id FROM events WHERE type = 'register' "
                            "AND customer_id IS NOT NULL"),
             error))
        return false;
    while (q.next()) {
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
