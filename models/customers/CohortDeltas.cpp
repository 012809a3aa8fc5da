#include "customers/CohortDeltas.h"

#include "analytics/PreparedQueries.h"
#include "store/Database.h"
#include "store/JsonRows.h"

#include <QSqlQuery>

void CohortDeltas::add(int sign, int unit, int cohort, const QString &channel, int offset,
                       qint64 orders, qint64 revenue)
{
    const QString key =
        QStringLiteral("%1|%2|%3|%4").arg(unit).arg(cohort).arg(channel).arg(offset);
    Delta &d = m_deltas[key];
    d.unit = unit;
    d.cohort = cohort;
    d.channel = channel;
    d.offset = offset;
    d.members += sign;
    if (offset < 0)
        return; // the cohort's size: members only
    // Bought again: in period 0 a second paid order, later any paid order.
    d.buyers += sign * ((offset == 0 && orders < 2) ? 0 : 1);
    d.revenue += sign * revenue;
}

bool CohortDeltas::apply(Database &db, PreparedQueries &queries, QString *error)
{
    using T = SqlDialect::ValueType;
    JsonRows sizes, cells;
    for (const Delta &d : std::as_const(m_deltas)) {
        if (d.members == 0 && d.buyers == 0 && d.revenue == 0)
            continue;
        if (d.offset < 0)
            sizes.append({d.unit, d.cohort, d.channel, d.members});
        else
            cells.append({d.unit, d.cohort, d.channel, d.offset, d.buyers, d.revenue, d.members});
    }
    m_deltas.clear();
    const SqlDialect &dialect = db.dialect();
    if (!sizes.isEmpty()) {
        QSqlQuery &add = queries.get(
            QStringLiteral("INSERT INTO cohort_sizes (unit, cohort, channel, customers) SELECT "
                           "unit, cohort, channel, customers FROM %1 AS r WHERE true ON CONFLICT "
                           "(unit, cohort, channel) DO UPDATE SET customers = "
                           "cohort_sizes.customers + excluded.customers")
                .arg(dialect.jsonRows({{QStringLiteral("unit"), T::Integer},
                                       {QStringLiteral("cohort"), T::Integer},
                                       {QStringLiteral("channel"), T::Text},
                                       {QStringLiteral("customers"), T::Integer}})));
        add.addBindValue(sizes.parameter(dialect));
        QSqlQuery &drop =
            queries.get(QStringLiteral("DELETE FROM cohort_sizes WHERE customers <= 0"));
        if (!PreparedQueries::exec(add, error) || !PreparedQueries::exec(drop, error))
            return false;
    }
    if (!cells.isEmpty()) {
        QSqlQuery &add = queries.get(
            QStringLiteral(
                "INSERT INTO cohort_cells (unit, cohort, channel, period_offset, buyers, revenue, "
                "members) SELECT unit, cohort, channel, period_offset, buyers, revenue, members "
                "FROM %1 AS r WHERE true ON CONFLICT (unit, cohort, channel, period_offset) DO "
                "UPDATE SET buyers = cohort_cells.buyers + excluded.buyers, revenue = "
                "cohort_cells.revenue + excluded.revenue, members = cohort_cells.members + "
                "excluded.members")
                .arg(dialect.jsonRows({{QStringLiteral("unit"), T::Integer},
                                       {QStringLiteral("cohort"), T::Integer},
                                       {QStringLiteral("channel"), T::Text},
                                       {QStringLiteral("period_offset"), T::Integer},
                                       {QStringLiteral("buyers"), T::Integer},
                                       {QStringLiteral("revenue"), T::Integer},
                                       {QStringLiteral("members"), T::Integer}})));
        add.addBindValue(cells.parameter(dialect));
        QSqlQuery &drop =
            queries.get(QStringLiteral("DELETE FROM cohort_cells WHERE members <= 0"));
        if (!PreparedQueries::exec(add, error) || !PreparedQueries::exec(drop, error))
            return false;
    }
    return true;
}
