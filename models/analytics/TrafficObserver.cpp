#include "analytics/TrafficObserver.h"

#include "analytics/TrafficAggregates.h"
#include "analytics/TrafficReclassifier.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

TrafficObserver::TrafficObserver(Database &db) : m_sessions(db), m_lifecycle(db)
{}

bool TrafficObserver::pageApplying(Database &db, const ParsedPage &page, QString *error)
{
    Q_UNUSED(page);
    m_settingsFresh = false; // refreshed before the page's first stamp or derivation
    m_deferred = false;
    if (!m_deferFirstSync)
        return true;
    // Before the page is stored: an earlier page of this (or of a killed) first sync left the
    // derivation to the end, or there are no sessions yet. Stores written before sessions were
    // stamped mark it with sessions without a day. Cheap: sessions_day holds the NULLs first.
    bool pending = false;
    if (!TrafficReclassifier::isPending(db, &pending, error))
        return false;
    if (pending) {
        m_deferred = true;
        return true;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM sessions LIMIT 1) a), "
                               "(SELECT COUNT(*) FROM (SELECT 1 FROM sessions WHERE day IS NULL "
                               "LIMIT 1) b)")) ||
        !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    m_deferred = q.value(0).toLongLong() == 0 || q.value(1).toLongLong() > 0;
    return !m_deferred || TrafficReclassifier::markPending(db, error);
}

QList<SqlDialect::JsonColumn> TrafficObserver::sessionStamp() const
{
    return SessionDerivation::stampColumns();
}

void TrafficObserver::refreshSettings()
{
    if (!std::exchange(m_settingsFresh, true))
        m_sessions.refreshSettings();
}

void TrafficObserver::stampSession(const SessionRecord &s, RowWriter *row)
{
    refreshSettings();
    SessionDerivation::appendStamp(m_sessions.stampOf({s.id, s.visitorId, s.startedAt, s.landingUrl,
                                                       s.referrerUrl, s.userAgent, s.attribution}),
                                   row);
}

bool TrafficObserver::pageApplied(Database &db, const ParsedPage &page, QString *error)
{
    if (m_deferred)
        return true; // the sync's finisher derives everything
                     // (TrafficReclassifier::needsDerivation)
    refreshSettings();
    QSet<QString> sessionIds;
    QSet<QString> customerIds;
    bool ok = true;
    switch (page.collection) {
    case Collection::Sessions: {
        // Stamped as they were stored: their facts (events and orders may have come first) and
        // their visitors' first visits are left.
        QSet<QString> visitors;
        for (const SessionRecord &s : page.sessions) {
            sessionIds.insert(s.id);
            visitors.insert(s.visitorId);
        }
        ok = m_sessions.refreshFacts(sessionIds, error) &&
             m_sessions.refreshFirstVisits(visitors, error);
        break;
    }
    case Collection::Events: {
        QSet<QString> loopSessions; // only register and follow events move a visitor's loop step
        for (const EventRecord &e : page.events) {
            sessionIds.insert(e.sessionId);
            if (e.type == QLatin1String("register") || e.type == QLatin1String("follow"))
                loopSessions.insert(e.sessionId);
        }
        ok = m_sessions.refreshFacts(sessionIds, error);
        m_sessions.dirtyVisitors().clear();
        ok = ok && m_sessions.noteSessions(loopSessions, error);
        break;
    }
    case Collection::Orders:
        if (page.sessionsFollow)
            break; // the sessions page that follows derives these orders' facts
        for (const OrderRecord &o : page.orders) {
            if (!o.sessionId.isEmpty())
                sessionIds.insert(o.sessionId);
            if (!o.customerId.isEmpty())
                customerIds.insert(o.customerId);
        }
        ok = m_sessions.refreshFacts(sessionIds, error) &&
             m_sessions.noteCustomers(customerIds, error);
        break;
    case Collection::Customers:
        for (const CustomerRecord &c : page.customers) {
            customerIds.insert(c.id);
            if (!c.referrerId.isEmpty())
                customerIds.insert(c.referrerId);
        }
        ok = m_sessions.noteCustomers(customerIds, error);
        break;
    case Collection::Products:
    case Collection::Commissions:
        return true;
    }
    if (!ok || !m_lifecycle.refreshVisitors(m_sessions.takeDirtyVisitors(), error))
        return false;
    // Day aggregates are rebuilt once a listing is complete, not per page: a day holds
    // thousands of sessions and a big sync has thousands of pages.
    if (!noteDirtyDays(db, QStringLiteral("lifecycle"), m_lifecycle.takeDirtyDays(), error) ||
        !noteDirtyDays(db, QStringLiteral("traffic"), m_sessions.takeDirtyDays(), error))
        return false;
    return page.hasNextCursor || page.otherPartsPending || rebuildDirtyDays(db, error);
}

bool TrafficObserver::noteDirtyDays(Database &db, const QString &aggregate, const QSet<int> &days, QString *error)
{
    if (days.isEmpty())
        return true;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO traffic_dirty_days (day, aggregate) VALUES (?, ?) "
                             "ON CONFLICT (day, aggregate) DO NOTHING"));
    for (int day : days) {
        q.addBindValue(day);
        q.addBindValue(aggregate);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool TrafficObserver::rebuildDirtyDays(Database &db, QString *error)
{
    QSet<int> lifecycle, traffic;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT day, aggregate FROM traffic_dirty_days"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        (q.value(1).toString() == QLatin1String("lifecycle") ? lifecycle : traffic).insert(q.value(0).toInt());
    q.finish();
    if (!m_lifecycle.rebuildDays(lifecycle, error) || !TrafficAggregates::rebuildDays(db, traffic, error))
        return false;
    if (!q.exec(QStringLiteral("DELETE FROM traffic_dirty_days"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool TrafficObserver::deriveAll(Database &db, QString *error)
{
    return TrafficReclassifier(db).run(error);
}
