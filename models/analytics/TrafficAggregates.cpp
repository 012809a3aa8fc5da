#include "analytics/TrafficAggregates.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool run(QSqlQuery &q, int day, QString *error)
{
    q.addBindValue(day);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool TrafficAggregates::rebuildDays(Database &db, const QSet<int> &days, QString *error)
{
    if (days.isEmpty())
        return true;
    const QSqlDatabase conn = db.connection();
    QSqlQuery clearDaily(conn), fillDaily(conn), clearKeywords(conn), fillKeywords(conn);
    clearDaily.prepare(QStringLiteral("DELETE FROM traffic_daily WHERE day = ?"));
    fillDaily.prepare(QStringLiteral(
        "INSERT INTO traffic_daily (day, channel, source, sessions, visitors, new_visitors, "
        "registrations, "
        "orders, revenue, viewed, carted, checked_out, purchased) "
        "SELECT day, channel, source, COUNT(*), COUNT(DISTINCT visitor_id), SUM(new_visitor), "
        "SUM(registered), "
        "SUM(paid_orders), SUM(revenue), SUM(CASE WHEN funnel_step >= 1 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN funnel_step >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN funnel_step >= 3 THEN 1 "
        "ELSE 0 END), "
        "SUM(CASE WHEN funnel_step >= 4 THEN 1 ELSE 0 END) "
        "FROM sessions WHERE day = ? AND channel IS NOT NULL GROUP BY day, channel, source"));
    clearKeywords.prepare(QStringLiteral("DELETE FROM traffic_keywords_daily WHERE day = ?"));
    fillKeywords.prepare(QStringLiteral(
        "INSERT INTO traffic_keywords_daily (day, channel, source, keyword, sessions, visitors, "
        "new_visitors, "
        "registrations, orders, revenue) "
        "SELECT day, channel, source, keyword, COUNT(*), COUNT(DISTINCT visitor_id), "
        "SUM(new_visitor), "
        "SUM(registered), SUM(paid_orders), SUM(revenue) FROM sessions "
        "WHERE day = ? AND channel IS NOT NULL AND keyword IS NOT NULL AND keyword <> '' "
        "GROUP BY day, channel, source, keyword"));
    for (int day : days) {
        if (!run(clearDaily, day, error) || !run(fillDaily, day, error) ||
            !run(clearKeywords, day, error) || !run(fillKeywords, day, error))
            return false;
    }
    return true;
}

bool TrafficAggregates::rebuildAll(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT day FROM sessions WHERE day IS NOT NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QSet<int> days;
    while (q.next())
        days.insert(q.value(0).toInt());
    q.finish();
    QSqlQuery clear(db.connection());
    if (!clear.exec(QStringLiteral("DELETE FROM traffic_daily")) ||
        !clear.exec(QStringLiteral("DELETE FROM traffic_keywords_daily"))) {
        if (error)
            *error = clear.lastError().text();
        return false;
    }
    return rebuildDays(db, days, error);
}
