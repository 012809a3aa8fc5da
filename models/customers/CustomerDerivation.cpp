#include "customers/CustomerDerivation.h"

#include "analytics/ShopDay.h"
#include "itemmodels/ShopInfo.h"
#include "store/Database.h"
#include "store/JsonRows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace {

constexpr int kBatch = 4000;
constexpr int kMonth = 1;
constexpr int kWeek = 7;
constexpr int kLevels = 3;

bool isPaid(const QString &status)
{
    return status == QLatin1String("paid") || status == QLatin1String("shipped") ||
           status == QLatin1String("completed");
}

int monthKey(QDate d)
{
    return d.year() * 100 + d.month();
}

int monthIndex(int key)
{
    return (key / 100) * 12 + key % 100 - 1;
}

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

// The customers that records of one collection touch, as SQL selecting one column of ids from
// the table aliased r (%1: the caller's row filter).
QString touchedSql(Collection c)
{
    switch (c) {
    case Collection::Customers:
        // A customer and the inviter they name (whose invitee counts change).
        return QStringLiteral("SELECT r.id FROM customers r WHERE %1 UNION "
                              "SELECT r.referrer_id FROM customers r WHERE %1 AND "
                              "r.referrer_id IS NOT NULL");
    case Collection::Orders:
        return QStringLiteral(
            "SELECT r.customer_id FROM orders r WHERE %1 AND r.customer_id IS NOT NULL");
    case Collection::Commissions:
        return QStringLiteral("SELECT r.beneficiary_id FROM commissions r WHERE %1 UNION "
                              "SELECT o.customer_id FROM commissions r JOIN orders o ON "
                              "o.id = r.order_id WHERE %1 AND o.customer_id IS NOT NULL");
    case Collection::Sessions:
        // The acquisition of every customer of the sessions' visitors may change.
        return QStringLiteral(
            "SELECT s.customer_id FROM sessions s WHERE s.customer_id IS NOT NULL AND "
            "s.visitor_id IN (SELECT r.visitor_id FROM sessions r WHERE %1) UNION "
            "SELECT e.customer_id FROM events e JOIN sessions s ON s.id = e.session_id WHERE "
            "e.type = 'register' AND e.customer_id IS NOT NULL AND "
            "s.visitor_id IN (SELECT r.visitor_id FROM sessions r WHERE %1)");
    case Collection::Events:
        return QStringLiteral("SELECT r.customer_id FROM events r WHERE %1 AND "
                              "r.type = 'register' AND r.customer_id IS NOT NULL");
    case Collection::Products:
        break;
    }
    return {};
}

} // namespace

struct CustomerDerivation::Computed
{
    QString id, name;
    int registeredDay = 0;
    QString referrer;
    QString channel, source;
    qint64 firstPaidAt = -1, lastPaidAt = -1;
    qint64 paidOrders = 0, spent = 0, refundedOrders = 0, refunded = 0, ordersSeen = 0;
    qint64 commissionsSeen = 0, invitees[kLevels] = {0, 0, 0};
    qint64 commissionEarned = 0, commissionOnOrders = 0;
    QList<std::pair<qint64, qint64>> paid; // (time, total) of paid orders
};

CustomerDerivation::CustomerDerivation(Database &db) : m_db(db), m_queries(db)
{}

bool CustomerDerivation::noteTouched(Collection c, const QString &rowFilter, const QVariant &bind,
                                     QString *error)
{
    const QString touched = touchedSql(c);
    if (touched.isEmpty())
        return true;
    // Every %1 takes the same filter, and each of its copies its own bind.
    const QString select = touched.arg(rowFilter);
    // Orders and commissions change their customers' own figures; customers, visits and
    // registrations may change links and acquisitions that other customers' rows repeat.
    const bool links = c != Collection::Orders && c != Collection::Commissions;
    QSqlQuery &q =
        prepared(QStringLiteral(
                     "INSERT INTO customer_dirty (customer_id, links) SELECT DISTINCT t.*, %2 FROM "
                     "(%1) t "
                     "WHERE true ON CONFLICT (customer_id) DO UPDATE SET links = 1 WHERE "
                     "excluded.links = 1")
                     .arg(select)
                     .arg(links ? 1 : 0));
    const int binds = int(select.count(QLatin1Char('?')));
    for (int i = 0; i < binds; ++i)
        q.addBindValue(bind);
    return exec(q, error);
}

bool CustomerDerivation::needsFullRebuild(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers), "
                               "(SELECT COUNT(*) FROM customer_stats)")) ||
        !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    return q.value(0).toLongLong() != q.value(1).toLongLong();
}

bool CustomerDerivation::hasNoFigures(bool *none, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customer_stats LIMIT 1) t")) ||
        !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *none = q.value(0).toLongLong() == 0;
    return true;
}

bool CustomerDerivation::rebuildAll(QString *error)
{
    // From nothing: the cohort tables are then built up from every customer's contribution.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM customer_stats")) ||
        !q.exec(QStringLiteral("DELETE FROM customer_periods")) ||
        !q.exec(QStringLiteral("DELETE FROM cohort_sizes")) ||
        !q.exec(QStringLiteral("DELETE FROM cohort_cells")) ||
        !q.exec(QStringLiteral("DELETE FROM customer_daily")) ||
        !q.exec(QStringLiteral("INSERT INTO customer_dirty (customer_id, links) SELECT id, 0 FROM "
                               "customers WHERE true ON CONFLICT (customer_id) DO NOTHING"))) {
        *error = q.lastError().text();
        return false;
    }
    return rebuildDirty(error);
}

bool CustomerDerivation::bringUpToDate(Database &db, QString *error)
{
    CustomerDerivation derivation(db);
    QSqlDatabase conn = db.connection();
    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    QString failure;
    const bool full = derivation.needsFullRebuild(&failure);
    bool ok = failure.isEmpty() &&
              (full ? derivation.rebuildAll(&failure) : derivation.rebuildDirty(&failure));
    if (ok && !conn.commit()) {
        failure = conn.lastError().text();
        ok = false;
    }
    if (!ok) {
        conn.rollback();
        *error = failure;
    }
    return ok;
}

bool CustomerDerivation::rebuildDirty(QString *error)
{
    QSet<QString> ids, linked;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT customer_id, links FROM customer_dirty"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            ids.insert(q.value(0).toString());
            if (q.value(1).toInt() != 0)
                linked.insert(q.value(0).toString());
        }
    }
    if (ids.isEmpty())
        return true;
    // Only a changed registration, acquisition or inviter reaches other customers' rows; orders
    // and commissions change their own customers' rows alone.
    if (!linked.isEmpty()) {
        if (!expand(&linked, error))
            return false;
        ids.unite(linked);
    }
    m_cohorts.clear();
    m_calendar = ShopInfo::load(m_db).calendar();
    QSqlQuery &history = prepared(QStringLiteral("SELECT MIN(started_at) FROM sessions"));
    if (!exec(history, error))
        return false;
    m_historyStart =
        history.next() && !history.value(0).isNull() ? history.value(0).toLongLong() : -1;
    history.finish();
    QSet<QString> pending = ids, stale;
    QStringList batch;
    for (const QString &id : std::as_const(ids)) {
        batch << id;
        if (batch.size() == kBatch) {
            for (const QString &done : std::as_const(batch))
                pending.remove(done);
            if (!rebuildBatch(batch, pending, &stale, error))
                return false;
            batch.clear();
        }
    }
    if (!batch.isEmpty() && !rebuildBatch(batch, {}, &stale, error))
        return false;
    if (!refreshInviters(stale, error) || !m_cohorts.apply(m_db, m_queries, error) ||
        !rebuildDays(std::exchange(m_dirtyDays, {}), error))
        return false;
    QSqlQuery clear(m_db.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM customer_dirty"))) {
        *error = clear.lastError().text();
        return false;
    }
    return true;
}

// A customer's row names three inviters and counts invitees on three levels: both ends of every
// changed link up to three levels away change with it (by the stored links, and by the old
// ones still in customer_stats).
bool CustomerDerivation::expand(QSet<QString> *ids, QString *error)
{
    const QString keys = m_db.dialect().jsonKeys();
    QSqlQuery &up = prepared(
        QStringLiteral("SELECT referrer_id FROM customers WHERE id IN %1 AND referrer_id IS NOT "
                       "NULL UNION SELECT inviter1 FROM customer_stats WHERE customer_id IN %1 "
                       "AND inviter1 IS NOT NULL")
            .arg(keys));
    QSqlQuery &down =
        prepared(QStringLiteral("SELECT id FROM customers WHERE referrer_id IN %1 UNION "
                                "SELECT customer_id FROM customer_stats WHERE inviter1 IN %1")
                     .arg(keys));
    for (QSqlQuery *q : {&up, &down}) {
        QSet<QString> frontier = *ids;
        for (int level = 0; level < kLevels && !frontier.isEmpty(); ++level) {
            const QString k = JsonRows::keys(frontier);
            q->addBindValue(k);
            q->addBindValue(k);
            if (!exec(*q, error))
                return false;
            QSet<QString> next;
            while (q->next()) {
                const QString id = q->value(0).toString();
                if (!ids->contains(id))
                    next.insert(id);
            }
            q->finish();
            ids->unite(next);
            frontier = next;
        }
    }
    return true;
}

bool CustomerDerivation::rebuildBatch(const QStringList &ids, const QSet<QString> &pending,
                                      QSet<QString> *stale, QString *error)
{
    const SqlDialect &dialect = m_db.dialect();
    const QString keysSql = dialect.jsonKeys();
    const QString keys = JsonRows::keys(ids);
    const ShopCalendar &calendar = m_calendar;

    // What these customers' old rows gave: their registration days, and their cohorts' cells.
    QSqlQuery &old = prepared(QStringLiteral("SELECT cohort_month, cohort_week, registered_day, "
                                             "channel FROM customer_stats WHERE customer_id IN %1")
                                  .arg(keysSql));
    old.addBindValue(keys);
    if (!exec(old, error))
        return false;
    while (old.next()) {
        if (!old.value(0).isNull()) {
            const QString channel = old.value(3).toString();
            m_cohorts.add(-1, kMonth, old.value(0).toInt(), channel, -1, 0, 0);
            m_cohorts.add(-1, kWeek, old.value(1).toInt(), channel, -1, 0, 0);
        }
        m_dirtyDays.insert(old.value(2).toInt());
    }
    old.finish();
    QSqlQuery &oldPeriods = prepared(
        QStringLiteral("SELECT p.unit, CASE WHEN p.unit = %2 THEN s.cohort_month ELSE "
                       "s.cohort_week END, s.channel, p.period_offset, p.orders, p.revenue FROM "
                       "customer_periods p JOIN customer_stats s ON s.customer_id = p.customer_id "
                       "WHERE p.customer_id IN %1")
            .arg(keysSql)
            .arg(kMonth));
    oldPeriods.addBindValue(keys);
    if (!exec(oldPeriods, error))
        return false;
    while (oldPeriods.next())
        m_cohorts.add(-1, oldPeriods.value(0).toInt(), oldPeriods.value(1).toInt(),
                      oldPeriods.value(2).toString(), oldPeriods.value(3).toInt(),
                      oldPeriods.value(4).toLongLong(), oldPeriods.value(5).toLongLong());
    oldPeriods.finish();

    QHash<QString, Computed> rows;
    QSqlQuery &customers = prepared(
        QStringLiteral("SELECT id, registered_at, referrer_id, COALESCE(nickname, id) FROM "
                       "customers WHERE id IN %1")
            .arg(keysSql));
    customers.addBindValue(keys);
    if (!exec(customers, error))
        return false;
    QHash<QString, qint64> registeredAt;
    while (customers.next()) {
        Computed c;
        c.id = customers.value(0).toString();
        registeredAt.insert(c.id, customers.value(1).toLongLong());
        c.registeredDay = ShopDay::key(calendar.dayOf(customers.value(1).toLongLong()));
        m_dirtyDays.insert(c.registeredDay);
        if (!customers.value(2).isNull())
            c.referrer = customers.value(2).toString();
        c.name = customers.value(3).toString();
        rows.insert(c.id, c);
    }
    customers.finish();

    // Acquisition: the earliest first visit of the customer's visitors, unless the customer
    // registered before the first visit on record (their own first visit then is not synced).
    const qint64 historyStart = m_historyStart;
    QSqlQuery &visits =
        prepared(QStringLiteral(
                     "SELECT k.customer_id, v.first_at, v.channel, v.source FROM "
                     "(SELECT customer_id, visitor_id FROM sessions WHERE customer_id IN %1 "
                     "UNION SELECT e.customer_id, s.visitor_id FROM events e JOIN sessions s "
                     "ON s.id = e.session_id WHERE e.type = 'register' AND e.customer_id IN %1) k "
                     "JOIN visitor_lifecycle v ON v.visitor_id = k.visitor_id")
                     .arg(keysSql));
    visits.addBindValue(keys);
    visits.addBindValue(keys);
    if (!exec(visits, error))
        return false;
    QHash<QString, qint64> firstVisit;
    while (visits.next()) {
        const QString id = visits.value(0).toString();
        auto it = rows.find(id);
        if (it == rows.end() || historyStart < 0 || registeredAt.value(id) < historyStart)
            continue;
        const qint64 at = visits.value(1).toLongLong();
        auto seen = firstVisit.find(id);
        if (seen != firstVisit.end() && *seen <= at)
            continue;
        firstVisit.insert(id, at);
        it->channel = visits.value(2).toString();
        it->source = visits.value(3).toString();
    }
    visits.finish();

    QSqlQuery &orders = prepared(QStringLiteral("SELECT customer_id, status, "
                                                "COALESCE(paid_at, created_at), total FROM orders "
                                                "WHERE customer_id IN %1")
                                     .arg(keysSql));
    orders.addBindValue(keys);
    if (!exec(orders, error))
        return false;
    while (orders.next()) {
        auto it = rows.find(orders.value(0).toString());
        if (it == rows.end())
            continue;
        ++it->ordersSeen;
        const QString status = orders.value(1).toString();
        const qint64 at = orders.value(2).toLongLong();
        const qint64 total = orders.value(3).toLongLong();
        if (isPaid(status)) {
            ++it->paidOrders;
            it->spent += total;
            it->paid.append({at, total});
            it->firstPaidAt = it->firstPaidAt < 0 ? at : std::min(it->firstPaidAt, at);
            it->lastPaidAt = std::max(it->lastPaidAt, at);
        } else if (status == QLatin1String("refunded")) {
            ++it->refundedOrders;
            it->refunded += total;
        }
    }
    orders.finish();

    QSqlQuery &earned =
        prepared(QStringLiteral("SELECT beneficiary_id, COUNT(*), COALESCE(SUM(CASE WHEN status <> "
                                "'reversed' THEN amount ELSE 0 END), 0) FROM commissions WHERE "
                                "beneficiary_id IN %1 GROUP BY beneficiary_id")
                     .arg(keysSql));
    earned.addBindValue(keys);
    if (!exec(earned, error))
        return false;
    while (earned.next()) {
        auto it = rows.find(earned.value(0).toString());
        if (it != rows.end()) {
            it->commissionsSeen = earned.value(1).toLongLong();
            it->commissionEarned = earned.value(2).toLongLong();
        }
    }
    earned.finish();

    QSqlQuery &onOrders = prepared(
        QStringLiteral("SELECT o.customer_id, COALESCE(SUM(c.amount), 0) FROM orders o JOIN "
                       "commissions c ON c.order_id = o.id WHERE o.customer_id IN %1 AND "
                       "c.status <> 'reversed' GROUP BY o.customer_id")
            .arg(keysSql));
    onOrders.addBindValue(keys);
    if (!exec(onOrders, error))
        return false;
    while (onOrders.next()) {
        auto it = rows.find(onOrders.value(0).toString());
        if (it != rows.end())
            it->commissionOnOrders = onOrders.value(1).toLongLong();
    }
    onOrders.finish();

    // Invitees per level: children, their children, and theirs. In a tree a customer has one
    // ancestor at each distance, so each member of a level belongs to one counted customer.
    QSqlQuery &children =
        prepared(QStringLiteral("SELECT referrer_id, id FROM customers WHERE referrer_id IN %1")
                     .arg(keysSql));
    QHash<QString, QString> rootOf; // member of the current level -> the counted customer
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        rootOf.insert(it.key(), it.key());
    for (int level = 0; level < kLevels && !rootOf.isEmpty(); ++level) {
        children.addBindValue(JsonRows::keys(rootOf.keys()));
        if (!exec(children, error))
            return false;
        QHash<QString, QString> next;
        while (children.next()) {
            const QString root = rootOf.value(children.value(0).toString());
            ++rows[root].invitees[level];
            next.insert(children.value(1).toString(), root);
        }
        children.finish();
        rootOf = std::move(next);
    }

    // Inviters 1..3 with their registration day and acquisition: from this batch, else stored.
    struct Inviter
    {
        QString referrer;
        QVariant day;
        QString channel, source;
        bool known = false;
    };
    QHash<QString, Inviter> inviters;
    for (const Computed &c : std::as_const(rows))
        inviters.insert(c.id, {c.referrer, c.registeredDay, c.channel, c.source, true});
    QSqlQuery &lookup = prepared(
        QStringLiteral("SELECT c.id, c.referrer_id, s.registered_day, s.channel, s.source FROM "
                       "customers c LEFT JOIN customer_stats s ON s.customer_id = c.id WHERE "
                       "c.id IN %1")
            .arg(keysSql));
    for (int level = 0; level < kLevels; ++level) {
        QSet<QString> missing;
        for (const Computed &c : std::as_const(rows)) {
            QString at = c.referrer;
            for (int i = 0; i < level && !at.isEmpty(); ++i)
                at = inviters.value(at).referrer;
            if (!at.isEmpty() && !inviters.contains(at))
                missing.insert(at);
        }
        if (missing.isEmpty())
            continue;
        lookup.addBindValue(JsonRows::keys(missing));
        if (!exec(lookup, error))
            return false;
        while (lookup.next()) {
            inviters.insert(lookup.value(0).toString(),
                            {lookup.value(1).isNull() ? QString() : lookup.value(1).toString(),
                             lookup.value(2), lookup.value(3).toString(),
                             lookup.value(4).toString(), !lookup.value(2).isNull()});
        }
        lookup.finish();
        for (const QString &id : std::as_const(missing)) {
            if (!inviters.contains(id))
                inviters.insert(id, {}); // named as inviter, not in the store
        }
    }

    JsonRows stats, periods;
    for (const Computed &c : std::as_const(rows)) {
        QVariant cohortMonth, cohortWeek;
        if (c.firstPaidAt >= 0) {
            const QDate first = calendar.dayOf(c.firstPaidAt);
            const int month = monthKey(first);
            const QDate week = mondayOf(first);
            cohortMonth = month;
            cohortWeek = ShopDay::key(week);
            m_cohorts.add(1, kMonth, month, c.channel, -1, 0, 0);
            m_cohorts.add(1, kWeek, ShopDay::key(week), c.channel, -1, 0, 0);
            QHash<std::pair<int, int>, std::pair<qint64, qint64>> byPeriod;
            for (const auto &[at, total] : c.paid) {
                const QDate day = calendar.dayOf(at);
                const int monthOffset = monthIndex(monthKey(day)) - monthIndex(month);
                const int weekOffset = int(week.daysTo(day) / 7);
                for (const auto &key :
                     {std::pair(kMonth, monthOffset), std::pair(kWeek, weekOffset)}) {
                    auto &cell = byPeriod[key];
                    ++cell.first;
                    cell.second += total;
                }
            }
            for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
                periods.append(
                    {c.id, it.key().first, it.key().second, it.value().first, it.value().second});
                m_cohorts.add(1, it.key().first,
                              it.key().first == kMonth ? month : ShopDay::key(week), c.channel,
                              it.key().second, it.value().first, it.value().second);
            }
        }
        QVariantList row{c.id,
                         c.registeredDay,
                         c.channel,
                         c.source,
                         c.firstPaidAt >= 0 ? QVariant(c.firstPaidAt) : QVariant(),
                         c.lastPaidAt >= 0 ? QVariant(c.lastPaidAt) : QVariant(),
                         cohortMonth,
                         cohortWeek,
                         c.paidOrders,
                         c.spent,
                         c.refundedOrders,
                         c.refunded,
                         c.ordersSeen,
                         c.commissionsSeen,
                         c.invitees[0],
                         c.invitees[1],
                         c.invitees[2],
                         c.commissionEarned,
                         c.commissionOnOrders,
                         c.name};
        QString at = c.referrer;
        for (int level = 0; level < kLevels; ++level) {
            if (!at.isEmpty() && pending.contains(at))
                stale->insert(c.id); // this inviter's stored row is rebuilt after this batch
            const Inviter inviter = inviters.value(at);
            const bool counted = !at.isEmpty() && inviter.known;
            row << nullable(at) << (counted ? inviter.day : QVariant())
                << (counted ? QVariant(inviter.channel) : QVariant())
                << (counted ? QVariant(inviter.source) : QVariant());
            at = at.isEmpty() ? QString() : inviter.referrer;
        }
        stats.append(row);
    }

    QSqlQuery &clearStats =
        prepared(QStringLiteral("DELETE FROM customer_stats WHERE customer_id IN %1").arg(keysSql));
    QSqlQuery &clearPeriods = prepared(
        QStringLiteral("DELETE FROM customer_periods WHERE customer_id IN %1").arg(keysSql));
    clearStats.addBindValue(keys);
    clearPeriods.addBindValue(keys);
    if (!exec(clearStats, error) || !exec(clearPeriods, error))
        return false;
    using T = SqlDialect::ValueType;
    const QList<SqlDialect::JsonColumn> statColumns = {
        {QStringLiteral("customer_id"), T::Text},
        {QStringLiteral("registered_day"), T::Integer},
        {QStringLiteral("channel"), T::Text},
        {QStringLiteral("source"), T::Text},
        {QStringLiteral("first_paid_at"), T::Integer},
        {QStringLiteral("last_paid_at"), T::Integer},
        {QStringLiteral("cohort_month"), T::Integer},
        {QStringLiteral("cohort_week"), T::Integer},
        {QStringLiteral("paid_orders"), T::Integer},
        {QStringLiteral("spent"), T::Integer},
        {QStringLiteral("refunded_orders"), T::Integer},
        {QStringLiteral("refunded"), T::Integer},
        {QStringLiteral("orders_seen"), T::Integer},
        {QStringLiteral("commissions_seen"), T::Integer},
        {QStringLiteral("invitees1"), T::Integer},
        {QStringLiteral("invitees2"), T::Integer},
        {QStringLiteral("invitees3"), T::Integer},
        {QStringLiteral("commission_earned"), T::Integer},
        {QStringLiteral("commission_on_orders"), T::Integer},
        {QStringLiteral("name"), T::Text},
        {QStringLiteral("inviter1"), T::Text},
        {QStringLiteral("inviter1_day"), T::Integer},
        {QStringLiteral("inviter1_channel"), T::Text},
        {QStringLiteral("inviter1_source"), T::Text},
        {QStringLiteral("inviter2"), T::Text},
        {QStringLiteral("inviter2_day"), T::Integer},
        {QStringLiteral("inviter2_channel"), T::Text},
        {QStringLiteral("inviter2_source"), T::Text},
        {QStringLiteral("inviter3"), T::Text},
        {QStringLiteral("inviter3_day"), T::Integer},
        {QStringLiteral("inviter3_channel"), T::Text},
        {QStringLiteral("inviter3_source"), T::Text},
    };
    QStringList names;
    for (const auto &col : statColumns)
        names << col.name;
    if (!stats.isEmpty()) {
        QSqlQuery &insert =
            prepared(QStringLiteral("INSERT INTO customer_stats (%1) SELECT %1 FROM %2 AS r")
                         .arg(names.join(QStringLiteral(", ")), dialect.jsonRows(statColumns)));
        insert.addBindValue(stats.parameter(m_db.dialect()));
        if (!exec(insert, error))
            return false;
    }
    if (!periods.isEmpty()) {
        QSqlQuery &insert = prepared(
            QStringLiteral("INSERT INTO customer_periods (customer_id, unit, period_offset, "
                           "orders, revenue) SELECT customer_id, unit, period_offset, orders, "
                           "revenue FROM %1 AS r")
                .arg(dialect.jsonRows({{QStringLiteral("customer_id"), T::Text},
                                       {QStringLiteral("unit"), T::Integer},
                                       {QStringLiteral("period_offset"), T::Integer},
                                       {QStringLiteral("orders"), T::Integer},
                                       {QStringLiteral("revenue"), T::Integer}})));
        insert.addBindValue(periods.parameter(m_db.dialect()));
        if (!exec(insert, error))
            return false;
    }
    return true;
}

// Rows whose inviters were rebuilt in a later batch: their inviters' registration day and
// acquisition read again from the stored rows, now all rebuilt (NULL for inviters not stored).
bool CustomerDerivation::refreshInviters(const QSet<QString> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QStringList sets;
    for (int level = 1; level <= kLevels; ++level) {
        for (const char *column : {"registered_day", "channel", "source"}) {
            const QString target = QStringLiteral("inviter%1_%2")
                                       .arg(level)
                                       .arg(QLatin1String(column) == QLatin1String("registered_day")
                                                ? QStringLiteral("day")
                                                : QString::fromLatin1(column));
            sets << QStringLiteral("%1 = (SELECT i.%2 FROM customer_stats i WHERE i.customer_id = "
                                   "customer_stats.inviter%3)")
                        .arg(target, QString::fromLatin1(column))
                        .arg(level);
        }
    }
    QSqlQuery &update =
        prepared(QStringLiteral("UPDATE customer_stats SET %1 WHERE customer_id IN %2")
                     .arg(sets.join(QStringLiteral(", ")), m_db.dialect().jsonKeys()));
    QStringList batch;
    for (const QString &id : ids) {
        batch << id;
        if (batch.size() == kBatch) {
            update.addBindValue(JsonRows::keys(batch));
            if (!exec(update, error))
                return false;
            batch.clear();
        }
    }
    if (!batch.isEmpty()) {
        update.addBindValue(JsonRows::keys(batch));
        if (!exec(update, error))
            return false;
    }
    return true;
}

bool CustomerDerivation::rebuildDays(const QSet<int> &days, QString *error)
{
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM customer_daily WHERE day = ?"));
    QSqlQuery &fill = prepared(QStringLiteral(
        "INSERT INTO customer_daily (day, channel, source, customers, inviters, invitees1, "
        "invitees2, invitees3, spent, commission_on_orders) SELECT registered_day, channel, "
        "source, COUNT(*), SUM(CASE WHEN invitees1 > 0 THEN 1 ELSE 0 END), SUM(invitees1), "
        "SUM(invitees2), SUM(invitees3), SUM(spent), SUM(commission_on_orders) FROM "
        "customer_stats WHERE registered_day = ? GROUP BY registered_day, channel, source"));
    for (int day : days) {
        clear.addBindValue(day);
        fill.addBindValue(day);
        if (!exec(clear, error) || !exec(fill, error))
            return false;
    }
    return true;
}
