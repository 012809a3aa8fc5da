#include "analytics/LifecycleDerivation.h"

#include "store/Database.h"

#include <QSqlError>
#include <QVariant>

LifecycleDerivation::LifecycleDerivation(Database &db) : m_db(db), m_queries(db)
{}

LifecycleDerivation::~LifecycleDerivation() = default;

bool LifecycleDerivation::refreshVisitors(const QSet<QString> &visitorIds, QString *error)
{
    for (const QStringList &chunk : PreparedQueries::chunks(visitorIds)) {
        if (!refreshChunk(chunk, error))
            return false;
    }
    return true;
}

// Recomputes up to PreparedQueries::kChunk visitors with a handful of statements (one round trip
// each) instead of a handful per visitor.
bool LifecycleDerivation::refreshChunk(const QStringList &visitorIds, QString *error)
{
    const QString in = PreparedQueries::marks(visitorIds.size());
    QSqlQuery &old = prepared(
        QStringLiteral("SELECT first_day FROM visitor_lifecycle WHERE visitor_id IN (%1)").arg(in));
    PreparedQueries::bindAll(old, visitorIds);
    if (!exec(old, error))
        return false;
    while (old.next())
        m_dirtyDays.insert(old.value(0).toInt());
    old.finish();

    struct Visitor
    {
        qint64 firstAt = 0;
        int firstDay = 0;
        QString channel, source;
        bool cameBack = false;
        bool followed = false;
        bool registerEvent = false;
        QSet<QString> customers;
    };
    QHash<QString, Visitor> visitors; // those with classified sessions
    QSqlQuery &sessions = prepared(
        QStringLiteral("SELECT visitor_id, started_at, day, channel, source, customer_id FROM "
                       "sessions WHERE visitor_id IN (%1) AND day IS NOT NULL "
                       "ORDER BY visitor_id, started_at, id")
            .arg(in));
    PreparedQueries::bindAll(sessions, visitorIds);
    if (!exec(sessions, error))
        return false;
    while (sessions.next()) {
        const QString id = sessions.value(0).toString();
        const qint64 at = sessions.value(1).toLongLong();
        auto it = visitors.find(id);
        if (it == visitors.end()) { // the first session (ordered by start)
            it = visitors.insert(id, Visitor());
            it->firstAt = at;
            it->firstDay = sessions.value(2).toInt();
            it->channel = sessions.value(3).toString();
            it->source = sessions.value(4).toString();
        } else if (at > it->firstAt && at <= it->firstAt + kComeBackWindowMs) {
            it->cameBack = true;
        }
        if (!sessions.value(5).isNull())
            it->customers.insert(sessions.value(5).toString());
    }
    sessions.finish();

    QStringList gone;
    for (const QString &id : visitorIds) {
        if (!visitors.contains(id))
            gone << id;
    }
    if (!gone.isEmpty()) {
        QSqlQuery &del =
            prepared(QStringLiteral("DELETE FROM visitor_lifecycle WHERE visitor_id IN (%1)")
                         .arg(PreparedQueries::marks(gone.size())));
        PreparedQueries::bindAll(del, gone);
        if (!exec(del, error))
            return false;
    }
    if (visitors.isEmpty())
        return true;

    const QStringList present = visitors.keys();
    QSqlQuery &events = prepared(
        QStringLiteral("SELECT s.visitor_id, e.type, e.customer_id FROM events e JOIN sessions s "
                       "ON s.id = e.session_id WHERE s.visitor_id IN (%1) AND e.type IN "
                       "('register', 'follow')")
            .arg(PreparedQueries::marks(present.size())));
    PreparedQueries::bindAll(events, present);
    if (!exec(events, error))
        return false;
    QSet<QString> customerIds;
    while (events.next()) {
        Visitor &v = visitors[events.value(0).toString()];
        if (events.value(1).toString() == QLatin1String("follow")) {
            v.followed = true;
        } else {
            v.registerEvent = true;
            if (!events.value(2).isNull())
                v.customers.insert(events.value(2).toString());
        }
    }
    events.finish();
    for (const Visitor &v : std::as_const(visitors))
        customerIds.unite(v.customers);

    struct Customer
    {
        qint64 paidOrders = 0;
        bool referred = false;
        bool followed = false;
    };
    QHash<QString, Customer> customers;
    for (const QStringList &chunk : PreparedQueries::chunks(customerIds)) {
        QSqlQuery &q = prepared(
            QStringLiteral(
                "WITH c (id) AS (VALUES %1) SELECT c.id, "
                "(SELECT COUNT(*) FROM orders WHERE customer_id = c.id AND status IN "
                "('paid', 'shipped', 'completed')), "
                "(SELECT COUNT(*) FROM customers WHERE referrer_id = c.id), "
                "(SELECT COUNT(*) FROM customers WHERE id = c.id AND wechat_followed <> 0) FROM c")
                .arg(PreparedQueries::typedRows(chunk.size(), {QStringLiteral("TEXT")})));
        PreparedQueries::bindAll(q, chunk);
        if (!exec(q, error))
            return false;
        while (q.next())
            customers.insert(q.value(0).toString(),
                             {q.value(1).toLongLong(), q.value(2).toLongLong() > 0,
                              q.value(3).toLongLong() > 0});
        q.finish();
    }

    QSqlQuery &upsert = prepared(
        QStringLiteral(
            "INSERT INTO visitor_lifecycle (visitor_id, first_day, first_at, channel, source, "
            "step) "
            "VALUES %1 ON CONFLICT (visitor_id) DO UPDATE SET first_day = excluded.first_day, "
            "first_at = excluded.first_at, channel = excluded.channel, source = excluded.source, "
            "step = excluded.step")
            .arg(QStringList(present.size(), QStringLiteral("(?, ?, ?, ?, ?, ?)"))
                     .join(QStringLiteral(", "))));
    for (const QString &id : present) {
        const Visitor &v = visitors[id];
        qint64 paidOrders = 0;
        bool referred = false;
        bool followed = v.followed;
        for (const QString &c : v.customers) {
            const Customer customer = customers.value(c);
            paidOrders += customer.paidOrders;
            referred = referred || customer.referred;
            followed = followed || customer.followed;
        }
        const bool reached[StepCount] = {true,
                                         v.registerEvent || !v.customers.isEmpty(),
                                         v.cameBack,
                                         followed,
                                         paidOrders >= 1,
                                         referred,
                                         paidOrders >= 2};
        int step = Acquired;
        while (step + 1 < StepCount && reached[step + 1])
            ++step;
        upsert.addBindValue(id);
        upsert.addBindValue(v.firstDay);
        upsert.addBindValue(v.firstAt);
        upsert.addBindValue(v.channel);
        upsert.addBindValue(v.source);
        upsert.addBindValue(step);
        m_dirtyDays.insert(v.firstDay);
    }
    return exec(upsert, error);
}

bool LifecycleDerivation::rebuildDirtyDays(QString *error)
{
    return rebuildDays(std::exchange(m_dirtyDays, {}), error);
}

bool LifecycleDerivation::rebuildDays(const QSet<int> &days, QString *error)
{
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM lifecycle_daily WHERE day = ?"));
    QSqlQuery &fill =
        prepared(QStringLiteral("INSERT INTO lifecycle_daily (day, channel, source, step, "
                                "visitors) SELECT first_day, channel, source, step, "
                                "COUNT(*) FROM visitor_lifecycle WHERE first_day = ? GROUP BY "
                                "first_day, channel, source, step"));
    for (int day : days) {
        clear.addBindValue(day);
        fill.addBindValue(day);
        if (!exec(clear, error) || !exec(fill, error))
            return false;
    }
    return true;
}

bool LifecycleDerivation::rebuildAll(QString *error)
{
    // After a reclassification: a visitor's channel is their first session's.
    QSqlQuery q(m_db.connection());
    const bool ok =
        q.exec(QStringLiteral("UPDATE visitor_lifecycle SET channel = COALESCE((SELECT s.channel "
                              "FROM sessions s WHERE s.visitor_id = "
                              "visitor_lifecycle.visitor_id AND s.new_visitor = 1), channel), "
                              "source = COALESCE((SELECT s.source FROM "
                              "sessions s WHERE s.visitor_id = visitor_lifecycle.visitor_id AND "
                              "s.new_visitor = 1), source)"));
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return rebuildAllDays(error);
}

bool LifecycleDerivation::rebuildAllDays(QString *error)
{
    QSqlQuery q(m_db.connection());
    const bool ok =
        q.exec(QStringLiteral("DELETE FROM lifecycle_daily")) &&
        q.exec(QStringLiteral(
            "INSERT INTO lifecycle_daily (day, channel, source, step, visitors) SELECT first_day, "
            "channel, source, step, COUNT(*) FROM visitor_lifecycle "
            "GROUP BY first_day, channel, source, step"));
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}
