#include "store/PlannerStatistics.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Below this many new rows an analysis costs more than the plans it could fix.
constexpr qint64 kMinimumGrowth = 20000;
} // namespace

PlannerStatistics::PlannerStatistics(Database &db)
    : m_db(db), m_enabled(db.dialect().kind() == SqlDialect::Kind::Postgres)
{}

bool PlannerStatistics::rowsWritten(qint64 rows, QString *error)
{
    if (!m_enabled)
        return true;
    if (m_rowsAtLastAnalyze < 0) {
        QSqlQuery q(m_db.connection());
        // reltuples is -1 for a table never analysed (PostgreSQL 14 and later).
        if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(GREATEST(c.reltuples, 0)), 0) FROM "
                                   "pg_class c WHERE c.relkind = 'r' AND c.relnamespace = "
                                   "current_schema()::regnamespace")) ||
            !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        m_rowsAtLastAnalyze = qint64(q.value(0).toDouble());
    }
    m_writtenSince += rows;
    if (m_writtenSince < std::max(kMinimumGrowth, m_rowsAtLastAnalyze))
        return true;
    if (!analyzeStore(m_db, error))
        return false;
    m_rowsAtLastAnalyze += m_writtenSince;
    m_writtenSince = 0;
    return true;
}

bool PlannerStatistics::analyzeStore(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables "
                               "WHERE schemaname = current_schema()")) ||
        !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const QString tables = q.value(0).toString();
    q.finish();
    if (tables.isEmpty())
        return true;
    if (!q.exec(QStringLiteral("ANALYZE ") + tables)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
