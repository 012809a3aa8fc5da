#include "analytics/TrafficReclassifier.h"

#include "analytics/LifecycleDerivation.h"
#include "analytics/SessionDerivation.h"
#include "analytics/TrafficAggregates.h"
#include "analytics/TrafficTally.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int kBatch = 5000;
// The meta row of a first sync's pending derivation (TrafficObserver defers it to the end).
const QString &pendingKey()
{
    static const QString key = QStringLiteral("traffic_derivation_pending");
    return key;
}
} // namespace

bool TrafficReclassifier::markPending(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1') "
                             "ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(pendingKey());
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool TrafficReclassifier::isPending(const Database &db, bool *pending, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    q.addBindValue(pendingKey());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *pending = q.next();
    return true;
}

bool TrafficReclassifier::clearPending(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(pendingKey());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool TrafficReclassifier::needsDerivation(const Database &db)
{
    bool pending = false;
    QString ignored;
    if (isPending(db, &pending, &ignored) && pending)
        return true;
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
    LifecycleDerivation lifecycle(m_db);
    TrafficTally tally;
    if (everything) {
        // Sessions are stamped as they are stored; those stored before that are classified
        // first. Every day is rebuilt below, from sums made as the sessions' facts are derived.
        lifecycle.setRebuildsAllDays(true);
        if (!classifySessions(total, true, error) ||
            !deriveVisitors(total, lifecycle, &tally, error) || !clearPending(error))
            return false;
    } else if (!classifySessions(total, false, error)) {
        return false;
    }
    // Every session's facts or classification changed since PostgreSQL last looked at the
    // table; the panes' queries read it by day and channel.
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres &&
        !q.exec(QStringLiteral("ANALYZE sessions"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    // After deriveVisitors every visitor's channel is already their first session's.
    return everything ? TrafficAggregates::replaceAll(m_db, tally, error) &&
                            lifecycle.rebuildAllDays(error)
                      : TrafficAggregates::rebuildAll(m_db, error) && lifecycle.rebuildAll(error);
}

bool TrafficReclassifier::progressed(qint64 done, qint64 total, QString *error)
{
    if (!m_progress || m_progress(done, total))
        return true;
    if (error)
        *error = QStringLiteral("cancelled");
    return false;
}

bool TrafficReclassifier::classifySessions(qint64 total, bool unstampedOnly, QString *error)
{
    SessionDerivation sessions(m_db);
    const QString select =
        QStringLiteral("SELECT id, visitor_id, started_at, landing_url, referrer_url, user_agent, "
                       "attribution FROM sessions%1 ORDER BY id LIMIT %2");
    const QString where = unstampedOnly ? QStringLiteral(" WHERE day IS NULL") : QString();
    QSqlQuery first(m_db.connection()), next(m_db.connection());
    first.prepare(select.arg(where).arg(kBatch));
    next.prepare(select
                     .arg(where.isEmpty() ? QStringLiteral(" WHERE id > ?")
                                          : where + QStringLiteral(" AND id > ?"))
                     .arg(kBatch));
    QString after;
    qint64 done = 0;
    for (;;) {
        QSqlQuery &batch = done == 0 ? first : next;
        if (done > 0)
            batch.addBindValue(after);
        QList<SessionDerivation::SessionInput> inputs;
        if (!readInputs(batch, &inputs, error))
            return false;
        if (inputs.isEmpty())
            return true;
        after = inputs.constLast().id;
        if (!sessions.classify(inputs, error))
            return false;
        // Every day is rebuilt at the end: what classify noted is not needed.
        sessions.takeDirtyDays();
        sessions.takeDirtyVisitors();
        done += inputs.size();
        if (!unstampedOnly && !progressed(done, total, error))
            return false;
    }
}

bool TrafficReclassifier::deriveVisitors(qint64 total, LifecycleDerivation &lifecycle,
                                         TrafficTally *tally, QString *error)
{
    SessionDerivation sessions(m_db);
    QSqlQuery gone(m_db.connection());
    if (!gone.exec(QStringLiteral("DELETE FROM visitor_lifecycle WHERE visitor_id NOT IN "
                                  "(SELECT visitor_id FROM sessions)"))) {
        if (error)
            *error = gone.lastError().text();
        return false;
    }
    // A batch of visitors at a time, each with all of their sessions (one key list of every
    // visitor would make PostgreSQL search the list row by row: it no longer fits a hash).
    QSqlQuery firstVisitors(m_db.connection()), nextVisitors(m_db.connection());
    const QString selectVisitors =
        QStringLiteral("SELECT DISTINCT visitor_id FROM sessions%1 ORDER BY visitor_id LIMIT %2");
    firstVisitors.prepare(selectVisitors.arg(QString()).arg(kBatch));
    nextVisitors.prepare(selectVisitors.arg(QStringLiteral(" WHERE visitor_id > ?")).arg(kBatch));
    // Their sessions as a range of the visitor index, already in visitor order.
    QSqlQuery firstSessions(m_db.connection()), nextSessions(m_db.connection());
    const QString selectSessions = QStringLiteral("SELECT %1 FROM sessions WHERE %2visitor_id <= ? "
                                                  "ORDER BY visitor_id, started_at, id")
                                       .arg(LifecycleDerivation::sessionColumns());
    firstSessions.setForwardOnly(true);
    nextSessions.setForwardOnly(true);
    firstSessions.prepare(selectSessions.arg(QString()));
    nextSessions.prepare(selectSessions.arg(QStringLiteral("visitor_id > ? AND ")));
    QString lastVisitor;
    qint64 done = 0;
    for (bool first = true;; first = false) {
        QSqlQuery &batch = first ? firstVisitors : nextVisitors;
        QSqlQuery &ofVisitors = first ? firstSessions : nextSessions;
        if (!first) {
            batch.addBindValue(lastVisitor);
            ofVisitors.addBindValue(lastVisitor);
        }
        if (!batch.exec()) {
            if (error)
                *error = batch.lastError().text();
            return false;
        }
        QSet<QString> visitors;
        while (batch.next()) {
            lastVisitor = batch.value(0).toString();
            visitors.insert(lastVisitor);
        }
        batch.finish();
        if (visitors.isEmpty())
            return true;
        ofVisitors.addBindValue(lastVisitor);
        if (!ofVisitors.exec()) {
            if (error)
                *error = ofVisitors.lastError().text();
            return false;
        }
        QList<LifecycleDerivation::Session> stamped;
        while (ofVisitors.next())
            stamped.append(LifecycleDerivation::sessionAt(ofVisitors));
        ofVisitors.finish();
        if (!sessions.deriveVisitors(&stamped, error, tally) ||
            !lifecycle.refreshVisitors(visitors, stamped, error))
            return false;
        done += stamped.size();
        if (!progressed(done, total, error))
            return false;
    }
}

bool TrafficReclassifier::readInputs(QSqlQuery &q, QList<SessionDerivation::SessionInput> *inputs,
                                     QString *error)
{
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        inputs->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});
    }
    q.finish();
    return true;
}
