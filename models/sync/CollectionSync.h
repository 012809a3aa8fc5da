#pragma once

#include "sync/SyncState.h"
#include "sync/SyncTypes.h"

#include <QObject>

class Database;
class PageApplier;
class SiteClient;
struct SiteResponse;

// Lists one collection page by page (full or incremental), committing each page with its cursor.
// The next page is requested before the current one is written, so the network and the store
// work at the same time.
class CollectionSync : public QObject
{
    Q_OBJECT
public:
    CollectionSync(Collection collection, Database &db, PageApplier &applier, SiteClient &client,
                   int pageLimit, QObject *parent = nullptr);

    void start(bool forceFull);
    Collection collection() const { return m_state.collection; }
    const CollectionCounts &counts() const { return m_counts; }

Q_SIGNALS:
    void pageStored();
    void message(const QString &text);
    void finished(bool ok, SyncResult::Failure failure, const QString &error);

private:
    void beginFullListing();
    void fetch(const SyncState &state);
    void onResponse(const SyncState &requested, const SiteResponse &response);
    void fail(SyncResult::Failure failure, const QString &error);

    Database &m_db;
    PageApplier &m_applier;
    SiteClient &m_client;
    int m_pageLimit;
    SyncState m_state; // as committed
    CollectionCounts m_counts;
    bool m_stopped = false;
    bool m_restartedOnce = false;
};
