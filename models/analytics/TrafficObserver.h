#pragma once

#include "analytics/LifecycleDerivation.h"
#include "analytics/SessionDerivation.h"
#include "sync/PageApplier.h"

// Keeps the traffic analytics in step with each applied page, inside the page's transaction:
// sessions are classified and stamped with their shop day; the sessions, visitors and days a
// page touches (also through events, orders and customers that arrive before or after their
// session) get their facts recomputed and their daily aggregates rebuilt.
class TrafficObserver : public PageApplier::Observer
{
public:
    explicit TrafficObserver(Database &db);
    bool pageApplied(Database &db, const ParsedPage &page, QString *error) override;

    // Derives everything from the stored tables (sessions stored before this schema, rule changes).
    static bool deriveAll(Database &db, QString *error);
    // Rebuilds the days pages have touched since the last completed listing.
    bool rebuildDirtyDays(Database &db, QString *error);

private:
    bool noteDirtyDays(Database &db, const QString &aggregate, const QSet<int> &days, QString *error);

    SessionDerivation m_sessions;
    LifecycleDerivation m_lifecycle;
};
