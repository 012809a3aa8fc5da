#include "analytics/TrafficReclassifier.h"

#include "analytics/LifecycleDerivation.h"
#include "analytics/SessionDerivation.h"
#include "analytics/TrafficAggregates.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int kBatch = 5000;
}

bool TrafficReclassifier::needsDerivation(const Database &db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT 1 FROM sessions WHERE day IS NULL LIMIT 1")) && q.next())
        return true;
    // Deleted sessions always change the count (a visitor's loop row goes with their sessions).
    return q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM sessions), "
                                 "(SELECT COALESCE(SUM(sessions), 0) FROM traffic_daily)")) &&
           q.next() && q.value(0).toLongLong() != q.value(1).toLongLong();
}

bool TrafficReclassifier::reclassify(QString *error)
{
    return derive(false, error);
}

bool TrafficReclassifier::run(QString *error)
{
    return derive(true, error);
}

bool TrafficReclassifier::derive(bool everything, QString *error)
{
    QSqlDatabase conn = m_db.connection();
    if (!conn.transaction()) {
        if (error)
            *error = conn.lastError().text();
        return false;
    }
    if (!process(everything, error)) {
        conn.rollback();
        return false;
    }
    if (!conn.commit()) {
        if (error)
            *error = conn.lastError().text();
        conn.rollback();
        return false;
    }
    return true;
}

bool TrafficReclassifier::process(bool everything, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    SessionDerivation sessions(m_db);
    const QString select =
        QStringLiteral("SELECT id, visitor_id, started_at, landing_url, referrer_url, user_agent, "
                       "attribution FROM sessions%1 ORDER BY id LIMIT %2");
    QSqlQuery first(m_db.connection()), next(m_db.connection());
    first.prepare(select.arg(QString()).arg(kBatch));
    next.prepare(select.arg(QStringLiteral(" WHERE id > ?")).arg(kBatch));
    QString after;
    qint64 done = 0;
    QSet<QString> visitors;
    for (;;) {
        QSqlQuery &batch = done == 0 ? first : next;
        if (done > 0)
            batch.addBindValue(after);
        if (!batch.exec()) {
            if (error)
                *error = batch.lastError().text();
            return false;
        }
        QList<SessionDerivation::SessionInput> inputs;
        while (batch.next()) {
            inputs.append({batch.value(0).toString(), batch.value(1).toString(),
                           batch.value(2).toLongLong(), batch.value(3).toString(),
                           batch.value(4).toString(), batch.value(5).toString(),
                           batch.value(6).toString()});
        }
        batch.finish();
        if (inputs.isEmpty())
            break;
        after = inputs.constLast().id;
        if (!sessions.classify(inputs, error))
            return false;
        if (everything) {
            QSet<QString> ids;
            for (const auto &s : std::as_const(inputs)) {
                ids.insert(s.id);
                visitors.insert(s.visitorId);
            }
            if (!sessions.refreshFacts(ids, error))
                return false;
        }
        sessions.takeDirtyDays();
        sessions.takeDirtyVisitors();
        done += inputs.size();
        if (m_progress && !m_progress(done, total)) {
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
    }
    LifecycleDerivation lifecycle(m_db);
    if (everything) {
        QSqlQuery gone(m_db.connection());
        if (!gone.exec(QStringLiteral("DELETE FROM visitor_lifecycle WHERE visitor_id NOT IN "
                                      "(SELECT visitor_id FROM sessions)"))) {
            if (error)
                *error = gone.lastError().text();
            return false;
        }
        if (!sessions.refreshFirstVisits(visitors, error) ||
            !lifecycle.refreshVisitors(visitors, error))
            return false;
    }
    return TrafficAggregates::rebuildAll(m_db, error) && lifecycle.rebuildAll(error);
}
