#include "analytics/TrafficObserver.h"

#include "analytics/TrafficAggregates.h"
#include "analytics/TrafficReclassifier.h"

TrafficObserver::TrafficObserver(Database &db) : m_sessions(db), m_lifecycle(db)
{}

bool TrafficObserver::pageApplied(Database &db, const ParsedPage &page, QString *error)
{
    m_sessions.refreshSettings();
    QSet<QString> sessionIds;
    QSet<QString> customerIds;
    bool ok = true;
    switch (page.collection) {
    case Collection::Sessions: {
        QList<SessionDerivation::SessionInput> inputs;
        inputs.reserve(page.sessions.size());
        QSet<QString> visitors;
        for (const SessionRecord &s : page.sessions) {
            inputs.append(
                {s.id, s.visitorId, s.startedAt, s.landingUrl, s.referrerUrl, s.userAgent});
            sessionIds.insert(s.id);
            visitors.insert(s.visitorId);
        }
        ok = m_sessions.classify(inputs, error) && m_sessions.refreshFacts(sessionIds, error) &&
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
    return ok && m_lifecycle.refreshVisitors(m_sessions.takeDirtyVisitors(), error) &&
           m_lifecycle.rebuildDirtyDays(error) &&
           TrafficAggregates::rebuildDays(db, m_sessions.takeDirtyDays(), error);
}

bool TrafficObserver::deriveAll(Database &db, QString *error)
{
    return TrafficReclassifier(db).run(error);
}
