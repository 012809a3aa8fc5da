#include "analytics/LifecycleDerivation.h"

#include "store/Database.h"
#include "store/JsonRows.h"

#include <QSqlError>
#include <QVariant>

LifecycleDerivation::LifecycleDerivation(Database &db) : m_db(db), m_queries(db)
{}

LifecycleDerivation::~LifecycleDerivation() = default;

// A page's visitors at once: a few statements per page, the keys and the computed rows sent as
// one JSON text each (JsonRows), instead of several statements per visitor.
bool LifecycleDerivation::refreshVisitors(const QSet<QString> &visitorIds, QString *error)
{
    if (visitorIds.isEmpty())
        return true;
    QSqlQuery &read = prepared(
        // Sessions not classified yet are skipped below, not in SQL: a PostgreSQL whose
        // statistics still say "day is null everywhere" would start from that instead of the keys.
        QStringLiteral("SELECT %1 FROM sessions WHERE visitor_id IN %2 "
                       "ORDER BY visitor_id, started_at, id")
            .arg(sessionColumns(), m_db.dialect().jsonKeys()));
    read.addBindValue(JsonRows::keys(visitorIds));
    if (!exec(read, error))
        return false;
    QList<Session> sessions;
    while (read.next()) {
        if (!read.value(3).isNull())
            sessions.append(sessionAt(read));
    }
    read.finish();
    return refreshVisitors(visitorIds, sessions, error);
}

QString LifecycleDerivation::sessionColumns()
{
    return QStringLiteral("id, visitor_id, started_at, day, channel, source, customer_id, keyword");
}

LifecycleDerivation::Session LifecycleDerivation::sessionAt(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toString();
    s.visitorId = q.value(1).toString();
    s.startedAt = q.value(2).toLongLong();
    s.day = q.value(3).toInt();
    s.channel = q.value(4).toString();
    s.source = q.value(5).toString();
    s.customerId = q.value(6).toString();
    s.keyword = q.value(7).toString();
    return s;
}

bool LifecycleDerivation::refreshVisitors(const QSet<QString> &visitorIds,
                                          const QList<Session> &sessions, QString *error)
{
    if (visitorIds.isEmpty())
        return true;
    const QString keys = JsonRows::keys(visitorIds);
    if (!m_rebuildsAllDays && !noteOldDays(keys, error))
        return false;
    Visitors visitors;
    visitors.reserve(visitorIds.size());
    bool eventsRead = true;
    for (const Session &session : sessions) {
        addSession(visitors, session);
        eventsRead = eventsRead && session.eventsRead;
    }
    return writeVisitors(visitorIds, visitors, keys, eventsRead, error);
}

bool LifecycleDerivation::noteOldDays(const QString &keys, QString *error)
{
    QSqlQuery &old =
        prepared(QStringLiteral("SELECT first_day FROM visitor_lifecycle WHERE visitor_id IN %1")
                     .arg(m_db.dialect().jsonKeys()));
    old.addBindValue(keys);
    if (!exec(old, error))
        return false;
    while (old.next())
        m_dirtyDays.insert(old.value(0).toInt());
    old.finish();
    return true;
}

// Sessions come in visitor, start and id order: a visitor's first is their acquisition.
void LifecycleDerivation::addSession(Visitors &visitors, const Session &session)
{
    auto it = visitors.find(session.visitorId);
    if (it == visitors.end()) {
        it = visitors.insert(session.visitorId, Visitor());
        it->firstAt = session.startedAt;
        it->firstDay = session.day;
        it->channel = session.channel;
        it->source = session.source;
    } else if (session.startedAt > it->firstAt &&
               session.startedAt <= it->firstAt + kComeBackWindowMs) {
        it->cameBack = true;
    }
    if (!session.customerId.isEmpty())
        it->customers.insert(session.customerId);
    it->followed = it->followed || session.followed;
    it->registerEvent = it->registerEvent || session.registerEvent;
    for (const QString &customer : session.registeredAs)
        it->customers.insert(customer);
}

bool LifecycleDerivation::readEvents(Visitors &visitors, const QString &keys, QString *error)
{
    const SqlDialect &dialect = m_db.dialect();
    QSqlQuery &events = prepared(
        QStringLiteral("SELECT s.visitor_id, e.type, e.customer_id FROM events e JOIN sessions s "
                       "ON s.id = e.session_id WHERE s.visitor_id IN %1 AND "
                       "e.type IN ('register', 'follow')")
            .arg(dialect.jsonKeys()));
    events.addBindValue(keys);
    if (!exec(events, error))
        return false;
    while (events.next()) {
        auto it = visitors.find(events.value(0).toString());
        if (it == visitors.end())
            continue; // no classified session yet
        if (events.value(1).toString() == QLatin1String("follow")) {
            it->followed = true;
        } else {
            it->registerEvent = true;
            if (!events.value(2).isNull())
                it->customers.insert(events.value(2).toString());
        }
    }
    events.finish();
    return true;
}

bool LifecycleDerivation::writeVisitors(const QSet<QString> &visitorIds, Visitors &visitors,
                                        const QString &keys, bool eventsRead, QString *error)
{
    const SqlDialect &dialect = m_db.dialect();
    QStringList gone;
    for (const QString &id : visitorIds) {
        if (!visitors.contains(id))
            gone << id;
    }
    if (!gone.isEmpty()) {
        QSqlQuery &del =
            prepared(QStringLiteral("DELETE FROM visitor_lifecycle WHERE visitor_id IN %1")
                         .arg(dialect.jsonKeys()));
        del.addBindValue(JsonRows::keys(gone));
        if (!exec(del, error))
            return false;
    }
    if (visitors.isEmpty())
        return true;

    if (!eventsRead && !readEvents(visitors, keys, error))
        return false;

    struct Customer
    {
        qint64 paidOrders = 0;
        bool referred = false;
        bool followed = false;
    };
    QSet<QString> customerIds;
    for (const Visitor &v : std::as_const(visitors))
        customerIds.unite(v.customers);
    QHash<QString, Customer> customers;
    if (!customerIds.isEmpty()) {
        QSqlQuery &customer = prepared(
            QStringLiteral("SELECT k.value, (SELECT COUNT(*) FROM orders WHERE customer_id = "
                           "k.value AND status IN ('paid', 'shipped', 'completed')), "
                           "(SELECT COUNT(*) FROM customers WHERE referrer_id = k.value), "
                           "(SELECT COUNT(*) FROM customers WHERE id = k.value AND "
                           "wechat_followed <> 0) FROM %1 AS k")
                .arg(dialect.jsonKeys()));
        customer.addBindValue(JsonRows::keys(customerIds));
        if (!exec(customer, error))
            return false;
        while (customer.next())
            customers.insert(customer.value(0).toString(),
                             {customer.value(1).toLongLong(), customer.value(2).toLongLong() > 0,
                              customer.value(3).toLongLong() > 0});
        customer.finish();
    }

    JsonRows rows;
    for (auto it = visitors.cbegin(); it != visitors.cend(); ++it) {
        const Visitor &v = it.value();
        qint64 paidOrders = 0;
        bool referred = false;
        bool followed = v.followed;
        for (const QString &c : v.customers) {
            const Customer found = customers.value(c);
            paidOrders += found.paidOrders;
            referred = referred || found.referred;
            followed = followed || found.followed;
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
        rows.append({it.key(), v.firstDay, v.firstAt, v.channel, v.source, step});
        m_dirtyDays.insert(v.firstDay);
    }
    using T = SqlDialect::ValueType;
    QSqlQuery &upsert = prepared(
        QStringLiteral("INSERT INTO visitor_lifecycle (visitor_id, first_day, first_at, channel, "
                       "source, step) SELECT visitor_id, first_day, first_at, channel, source, "
                       "step FROM %1 AS r WHERE true ON CONFLICT (visitor_id) DO UPDATE SET "
                       "first_day = excluded.first_day, first_at = excluded.first_at, "
                       "channel = excluded.channel, source = excluded.source, "
                       "step = excluded.step")
            .arg(dialect.jsonRows({{QStringLiteral("visitor_id"), T::Text},
                                   {QStringLiteral("first_day"), T::Integer},
                                   {QStringLiteral("first_at"), T::Integer},
                                   {QStringLiteral("channel"), T::Text},
                                   {QStringLiteral("source"), T::Text},
                                   {QStringLiteral("step"), T::Integer}})));
    upsert.addBindValue(rows.parameter(m_db.dialect()));
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
