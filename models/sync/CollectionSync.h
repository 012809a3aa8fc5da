#pragma once

#include "sync/SyncState.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QUrlQuery>

class Database;
class PageApplier;
class SiteClient;
struct ParsedPage;
struct SiteResponse;

// Lists one collection page by page (full or incremental), committing each page with its cursor.
// The next page is requested before the current one is written, so the network and the store
// work at the same time. A full listing is split into parts listed side by side when the site
// offers it (GET /partitions/{collection}, a compatible addition to the contract): a cursor chain
// costs one round trip per page, and on a distant site that, not the store, sets the pace.
class CollectionSync : public QObject
{
    Q_OBJECT
public:
    CollectionSync(Collection collection, Database &db, PageApplier &applier, SiteClient &client,
                   int pageLimit, QObject *parent = nullptr);

    // Parts to ask for when a full listing starts; 1 lists in one chain.
    void setPartitions(int count) { m_partitions = count; }
    void start(bool forceFull);
    Collection collection() const { return m_state.collection; }

    // The parts of a GET /partitions/{collection} answer ({"partitions": [{"cursor": ...}]});
    // none (list in one chain) when the answer is not that or a part has no cursor.
    static QList<ListingPart> partsFromAnswer(const QByteArray &body);
    // The query of a page request: the site's opaque cursor and sync token go back unchanged.
    static QUrlQuery pageQuery(int limit, const QString &syncToken, const QString &cursor);
    const CollectionCounts &counts() const { return m_counts; }

Q_SIGNALS:
    void pageStored();
    void message(const QString &text);
    void finished(bool ok, SyncResult::Failure failure, const QString &error);

private:
    void beginFullListing();
    void requestPartitions(const SyncState &listing);
    void startListing(const SyncState &listing);
    // part: index into SyncState::parts, or -1 for the single chain.
    void fetch(int part, const QString &cursor);
    void pageArrived(int part, ParsedPage &page);
    void onResponse(const QString &cursor, const SiteResponse &response);
    void fail(SyncResult::Failure failure, const QString &error);

    Database &m_db;
    PageApplier &m_applier;
    SiteClient &m_client;
    int m_pageLimit;
    int m_partitions = 1;
    SyncState m_state; // the listing's state as of the last page stored (or as it starts)
    CollectionCounts m_counts;
    quint64 m_listingSerial = 0; // answers for an abandoned listing are dropped
    bool m_stopped = false;
    bool m_restartedOnce = false;
};
