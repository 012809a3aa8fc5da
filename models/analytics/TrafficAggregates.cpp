#include "analytics/TrafficAggregates.h"

#include "analytics/KeywordSpans.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficTally.h"
#include "store/Database.h"
#include "store/JsonRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool run(QSqlQuery &q, int day, QString *error)
{
    return run(q, QVariantList{day}, error);
}

// The parts of months and the months holding `days`, from the daily rows (parts) and the parts
// (months). The first day is computed in SQL the way schema step 6 rolled up existing stores.
bool rebuildSpans(Database &db, const QSet<int> &days, QString *error)
{
    QSet<int> parts, months;
    for (int day : days) {
        const QDate date = ShopDay::date(day);
        if (!date.isValid())
            continue;
        parts.insert(ShopDay::key(KeywordSpans::partStart(date)));
        months.insert(ShopDay::key(KeywordSpans::monthStart(date)));
    }
    const QSqlDatabase conn = db.connection();
    QSqlQuery clear(conn), fillPart(conn), fillMonth(conn);
    clear.prepare(QStringLiteral("DELETE FROM traffic_keywords_spans WHERE span = ? AND "
                                 "first_day = ?"));
    const QString columns = QStringLiteral(
        "INSERT INTO traffic_keywords_spans (span, first_day, channel, source, keyword, sessions, "
        "visitors, new_visitors, registrations, orders, revenue) ");
    const QString sums = QStringLiteral("channel, source, keyword, SUM(sessions), SUM(visitors), "
                                        "SUM(new_visitors), SUM(registrations), SUM(orders), "
                                        "SUM(revenue)");
    const QString part = QString::number(int(KeywordSpans::Part));
    const QString month = QString::number(int(KeywordSpans::Month));
    fillPart.prepare(columns + QStringLiteral("SELECT %1, day - (day % 100 - 1) % 7, %2 FROM "
                                              "traffic_keywords_daily WHERE day >= ? AND "
                                              "day <= ? GROUP BY day - (day % 100 - 1) % 7, "
                                              "channel, source, keyword")
                                   .arg(part, sums));
    fillMonth.prepare(columns + QStringLiteral("SELECT %1, first_day - first_day % 100 + 1, %2 "
                                               "FROM traffic_keywords_spans WHERE span = %3 AND "
                                               "first_day >= ? AND first_day <= ? GROUP BY "
                                               "first_day - first_day % 100 + 1, channel, "
                                               "source, keyword")
                                    .arg(month, sums, part));
    for (int first : parts) {
        const int last = ShopDay::key(KeywordSpans::partEnd(ShopDay::date(first)));
        if (!run(clear, {int(KeywordSpans::Part), first}, error) ||
            !run(fillPart, {first, last}, error))
            return false;
    }
    // After the parts: a month is summed from its parts.
    for (int first : months) {
        const int last = ShopDay::key(KeywordSpans::monthEnd(ShopDay::date(first)));
        if (!run(clear, {int(KeywordSpans::Month), first}, error) ||
            !run(fillMonth, {first, last}, error))
            return false;
    }
    return true;
}

// The daily rows of the sessions matching `filter` (one day's, or all).
QString fillDailySql(const QString &filter)
{
    return QStringLiteral(
               "INSERT INTO traffic_daily (day, channel, source, sessions, visitors, new_visitors, "
               "registrations, orders, revenue, viewed, carted, checked_out, purchased) "
               "SELECT day, channel, source, COUNT(*), COUNT(DISTINCT visitor_id), "
               "SUM(new_visitor), SUM(registered), SUM(paid_orders), SUM(revenue), "
               "SUM(CASE WHEN funnel_step >= 1 THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN funnel_step >= 2 THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN funnel_step >= 3 THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN funnel_step >= 4 THEN 1 ELSE 0 END) "
               "FROM sessions WHERE %1 AND channel IS NOT NULL GROUP BY day, channel, source")
        .arg(filter);
}

QString fillKeywordsSql(const QString &filter)
{
    return QStringLiteral(
               "INSERT INTO traffic_keywords_daily (day, channel, source, keyword, sessions, "
               "visitors, new_visitors, registrations, orders, revenue) "
               "SELECT day, channel, source, keyword, COUNT(*), COUNT(DISTINCT visitor_id), "
               "SUM(new_visitor), SUM(registered), SUM(paid_orders), SUM(revenue) FROM sessions "
               "WHERE %1 AND channel IS NOT NULL AND keyword IS NOT NULL AND keyword <> '' "
               "GROUP BY day, channel, source, keyword")
        .arg(filter);
}

bool clearAll(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    for (const char *table :
         {"traffic_daily", "traffic_keywords_daily", "traffic_keywords_spans"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Inserts rows (first column: day; then text columns up to `texts`, integers after) into `table`.
bool insertRows(Database &db, const QString &table, const QStringList &columns, int texts,
                const QList<QVariantList> &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    using T = SqlDialect::ValueType;
    QList<SqlDialect::JsonColumn> types;
    for (qsizetype i = 0; i < columns.size(); ++i)
        types.append({columns.at(i), i >= 1 && i <= texts ? T::Text : T::Integer});
    JsonRows json;
    for (const QVariantList &row : rows)
        json.append(row);
    const QString names = columns.join(QLatin1String(", "));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 AS r")
                  .arg(table, names, db.dialect().jsonRows(types)));
    return run(q, {json.parameter(db.dialect())}, error);
}

} // namespace

bool TrafficAggregates::rebuildDays(Database &db, const QSet<int> &days, QString *error)
{
    if (days.isEmpty())
        return true;
    const QSqlDatabase conn = db.connection();
    QSqlQuery clearDaily(conn), fillDaily(conn), clearKeywords(conn), fillKeywords(conn);
    clearDaily.prepare(QStringLiteral("DELETE FROM traffic_daily WHERE day = ?"));
    fillDaily.prepare(fillDailySql(QStringLiteral("day = ?")));
    clearKeywords.prepare(QStringLiteral("DELETE FROM traffic_keywords_daily WHERE day = ?"));
    fillKeywords.prepare(fillKeywordsSql(QStringLiteral("day = ?")));
    for (int day : days) {
        if (!run(clearDaily, day, error) || !run(fillDaily, day, error) ||
            !run(clearKeywords, day, error) || !run(fillKeywords, day, error))
            return false;
    }
    return rebuildSpans(db, days, error);
}

bool TrafficAggregates::rebuildAll(Database &db, QString *error)
{
    // Every day in one pass over the table: a day at a time would look each session up
    // through the day index, twice.
    if (!clearAll(db, error))
        return false;
    QSqlQuery q(db.connection());
    const QString all = QStringLiteral("day IS NOT NULL");
    if (!q.exec(fillDailySql(all)) || !q.exec(fillKeywordsSql(all)) ||
        !q.exec(QStringLiteral("SELECT DISTINCT day FROM traffic_daily"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QSet<int> days;
    while (q.next())
        days.insert(q.value(0).toInt());
    q.finish();
    return rebuildSpans(db, days, error);
}

bool TrafficAggregates::replaceAll(Database &db, const TrafficTally &tally, QString *error)
{
    if (!clearAll(db, error))
        return false;
    const QStringList sums = {QStringLiteral("sessions"),     QStringLiteral("visitors"),
                              QStringLiteral("new_visitors"), QStringLiteral("registrations"),
                              QStringLiteral("orders"),       QStringLiteral("revenue")};
    const QStringList key = {QStringLiteral("day"), QStringLiteral("channel"),
                             QStringLiteral("source")};
    return insertRows(db, QStringLiteral("traffic_daily"),
                      key + sums +
                          QStringList{QStringLiteral("viewed"), QStringLiteral("carted"),
                                      QStringLiteral("checked_out"), QStringLiteral("purchased")},
                      2, tally.dailyRows(), error) &&
           insertRows(db, QStringLiteral("traffic_keywords_daily"),
                      key + QStringList{QStringLiteral("keyword")} + sums, 3, tally.keywordRows(),
                      error) &&
           rebuildSpans(db, tally.days(), error);
}
