#include "analytics/LifecycleDerivation.h"

#include "store/Database.h"

#include <QSqlError>
#include <QVariant>

LifecycleDerivation::LifecycleDerivation(Database &db) : m_db(db), m_queries(db)
{}

LifecycleDerivation::~LifecycleDerivation() = default;

bool LifecycleDerivation::refreshVisitors(const QSet<QString> &visitorIds, QString *error)
{
    for (const QString &id : visitorIds) {
        if (!refreshVisitor(id, error))
            return false;
    }
    return true;
}

bool LifecycleDerivation::refreshVisitor(const QString &visitorId, QString *error)
{
    QSqlQuery &old =
        prepared(QStringLiteral("SELECT first_day FROM visitor_lifecycle WHERE visitor_id = ?"));
    old.addBindValue(visitorId);
    if (!exec(old, error))
        return false;
    if (old.next())
        m_dirtyDays.insert(old.value(0).toInt());
    old.finish();

    QSqlQuery &sessions = prepared(
        QStringLiteral("SELECT started_at, day, channel, source, customer_id FROM sessions "
                       "WHERE visitor_id = ? AND day IS NOT NULL ORDER BY started_at, id"));
    sessions.addBindValue(visitorId);
    if (!exec(sessions, error))
        return false;
    qint64 firstAt = 0;
    int firstDay = 0;
    QString channel, source;
    bool cameBack = false;
    QSet<QString> customers;
    bool any = false;
    while (sessions.next()) {
        const qint64 at = sessions.value(0).toLongLong();
        if (!any) {
            any = true;
            firstAt = at;
            firstDay = sessions.value(1).toInt();
            channel = sessions.value(2).toString();
            source = sessions.value(3).toString();
        } else if (at > firstAt && at <= firstAt + kComeBackWindowMs) {
            cameBack = true;
        }
        if (!sessions.value(4).isNull())
            customers.insert(sessions.value(4).toString());
    }
    sessions.finish();
    if (!any) {
        QSqlQuery &del =
            prepared(QStringLiteral("DELETE FROM visitor_lifecycle WHERE visitor_id = ?"));
        del.addBindValue(visitorId);
        return exec(del, error);
    }

    QSqlQuery &events = prepared(QStringLiteral(
        "SELECT e.type, e.customer_id FROM events e JOIN sessions s ON s.id = e.session_id "
        "WHERE s.visitor_id = ? AND e.type IN ('register', 'follow')"));
    events.addBindValue(visitorId);
    if (!exec(events, error))
        return false;
    bool followed = false;
    bool registerEvent = false;
    while (events.next()) {
        if (events.value(0).toString() == QLatin1String("follow")) {
            followed = true;
        } else {
            registerEvent = true;
            if (!events.value(1).isNull())
                customers.insert(events.value(1).toString());
        }
    }
    events.finish();

    qint64 paidOrders = 0;
    bool referred = false;
    QSqlQuery &customer = prepared(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE customer_id = ? AND status IN "
                       "('paid', 'shipped', 'completed')), "
                       "(SELECT COUNT(*) FROM customers WHERE referrer_id = ?), "
                       "(SELECT COUNT(*) FROM customers WHERE id = ? AND wechat_followed <> 0)"));
    for (const QString &c : std::as_const(customers)) {
        customer.addBindValue(c);
        customer.addBindValue(c);
        customer.addBindValue(c);
        if (!exec(customer, error) || !customer.next())
            return false;
        paidOrders += customer.value(0).toLongLong();
        referred = referred || customer.value(1).toLongLong() > 0;
        followed = followed || customer.value(2).toLongLong() > 0;
        customer.finish();
    }

    const bool reached[StepCount] = {true,
                                     registerEvent || !customers.isEmpty(),
                                     cameBack,
                                     followed,
                                     paidOrders >= 1,
                                     referred,
                                     paidOrders >= 2};
    int step = Acquired;
    while (step + 1 < StepCount && reached[step + 1])
        ++step;

    QSqlQuery &upsert = prepared(QStringLiteral(
        "INSERT INTO visitor_lifecycle (visitor_id, first_day, first_at, channel, source, step) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (visitor_id) DO UPDATE SET first_day = "
        "excluded.first_day, "
        "first_at = excluded.first_at, channel = excluded.channel, source = excluded.source, step "
        "= excluded.step"));
    upsert.addBindValue(visitorId);
    upsert.addBindValue(firstDay);
    upsert.addBindValue(firstAt);
    upsert.addBindValue(channel);
    upsert.addBindValue(source);
    upsert.addBindValue(step);
    m_dirtyDays.insert(firstDay);
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
