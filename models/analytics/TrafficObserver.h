#pragma once

#include "analytics/LifecycleDerivation.h"
#include "analytics/SessionDerivation.h"
#include "sync/PageApplier.h"

// Keeps the traffic analytics in step with each applied page, inside the page's transaction:
// sessions are classified and stamped with their shop day as they are stored; the sessions,
// visitors and days a page touches (also through events, orders and customers that arrive before or
// after their session) get their facts recomputed and their daily aggregates rebuilt. With
// deferFirstSync, a sync into a store without sessions (a first sync) leaves all of that to its end
// instead (TrafficReclassifier::markPending): the sync's finisher derives the rest at once
// (TrafficReclassifier::run), with far fewer statements and row writes than page by page.
class TrafficObserver : public PageApplier::Observer
{
public:
    explicit TrafficObserver(Database &db);
    // Only where the sync's finisher derives what the pages left (AnalyticsObservers::install).
    void setDeferFirstSync(bool defer) { m_deferFirstSync = defer; }
    bool pageApplying(Database &db, const ParsedPage &page, QString *error) override;
    QList<SqlDialect::JsonColumn> sessionStamp() const override;
    void stampSession(const SessionRecord &session, RowWriter *row) override;
    bool pageApplied(Database &db, const ParsedPage &page, QString *error) override;

    // Derives everything from the stored tables (sessions stored before this schema, rule changes).
    static bool deriveAll(Database &db, QString *error);
    // Rebuilds the days pages have touched since the last completed listing.
    bool rebuildDirtyDays(Database &db, QString *error);

private:
    // The shop's time zone and the merchant's rules, once per page and only when needed.
    void refreshSettings();
    bool noteDirtyDays(Database &db, const QString &aggregate, const QSet<int> &days, QString *error);

    SessionDerivation m_sessions;
    LifecycleDerivation m_lifecycle;
    bool m_deferred = false; // this page's derivation is left to the finisher
    bool m_deferFirstSync = false;
    bool m_settingsFresh = false;
};
