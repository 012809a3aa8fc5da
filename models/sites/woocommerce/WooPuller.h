#pragma once

#include "sites/woocommerce/WooFailure.h"
#include "sites/woocommerce/WooPageLister.h"
#include "sites/woocommerce/WooRecordMapper.h"
#include "sync/ParsedPage.h"
#include "sync/SiteConnection.h"
#include "sync/SitePuller.h"
#include "sync/SyncState.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

class Database;
class PageApplier;
class WooClient;
class WooPageLister;
struct MappedOrder;

// WooCommerce REST API v3 into the store. Pages of 100 (the API's limit) fetched side by side.
// - Shop: the WordPress index (name, time zone) and system_status (currency and its decimals,
//   WooCommerce's version).
// - Products: every sync lists all products and the variations of variable products (a shop
//   has hundreds to thousands); a variation is a product (its price and stock live there).
//   Trashed and deleted products leave the listing, so its completion removes them.
// - Customers have no modified_after: a sync scans ids and modification dates (_fields, a few
//   dozen bytes a customer) and fetches only new and changed customers with include=; ids gone
//   from a consistent scan were deleted. A first or full sync lists them whole instead.
// - Orders: incremental by modified_after (dates_are_gmt, orderby=modified, ascending) from the
//   last sync's latest modification less an overlap; repeats are idempotent. Trashed orders come
//   from status=trash over the same window; orders deleted for good show as a count that no
//   longer matches ours, which triggers an id scan.
// - Pages shift when records are created or deleted during a listing: a total that changes or
//   fewer distinct ids than the total says so, and an id scan with include= fetches repairs it.
// The listing's new state (latest modification, generation) is committed with its last page;
// a sync killed before that starts its listing again from the last completed state.
class WooPuller : public SitePuller
{
    Q_OBJECT
public:
    static constexpr int kPerPage = 100; // WooCommerce refuses more
    static constexpr int kDefaultInFlight = 8;
    static constexpr qint64 kOverlapMs = 5 * 60 * 1000;
    static constexpr int kMaxScanAttempts = 3;
    // Pages of 100 records are small: committing each alone spent a fifth of a first sync's CPU
    // writing the same index pages to the WAL again. A full or incremental listing that is
    // killed starts again from its last completed state anyway, so grouping costs no re-fetch.
    static constexpr int kPagesPerCommit = 100;
    // Pages still uncommitted when no page came for this long are committed (a slow or retrying
    // site must not hold the store's write lock).
    static constexpr int kIdleCommitMs = 200;
    // The order fields the mapping reads: a page is less than half the size without addresses,
    // tax, shipping and fee lines and links (less to send, to parse and to hold).
    static QString orderFields();

    WooPuller(Database &db, PageApplier &applier, const SiteConnection &connection);
    ~WooPuller() override;

    void start(const Options &options) override;
    void abort() override;
    QMap<QString, CollectionCounts> counts() const override;

private:
    struct Run; // one collection's listing in progress

    void fetchShop();
    void nextCollection();
    void syncProducts();
    void syncVariations();
    void syncCustomers();
    void scanCustomers(int attempt);
    void syncOrders();
    void afterOrderListing();
    void listTrashedOrders();
    void checkOrderCount();

    // Maps and stores one page of WooCommerce records of run's collection (orders may come
    // mapped already, one entry per record).
    bool storeRecords(const QJsonArray &records, const QJsonObject *parent = nullptr,
                      const QList<MappedOrder> *mappedOrders = nullptr);
    bool applyPage(ParsedPage &page, bool completesFullListing = false);
    bool applySessions(ParsedPage &sessions); // the sessions of a page of orders
    void pageApplied();                       // counts it, and commits when idle
    bool commitPending();
    // Repairs a listing that may have shifted: scans ids (with `filter`) and fetches what the
    // listing missed; then `next`.
    void repairIfShifted(const QString &path, const QUrlQuery &filter, std::function<void()> next);
    void scanIds(const QString &path, const QUrlQuery &filter, int attempt,
                 std::function<void(const QHash<QString, qint64> &ids, bool consistent)> done);
    void fetchIds(const QString &path, const QStringList &ids, std::function<void()> next);
    bool deleteMissing(const QHash<QString, qint64> &siteIds);
    void finishCollection();
    QHash<QString, qint64> localVersions(Collection c, bool *ok);
    QUrlQuery pageQuery() const;
    // A listing's end: on to `next`, or the sync fails with what the listing met.
    WooPageLister::DoneHandler thenOrFail(std::function<void()> next);
    WooPageLister::PageHandler storing(); // each page mapped and stored
    // For pages of orders: mapped on the thread that parses them, beside the store's (an empty
    // preparer for other collections).
    WooPageLister::Preparer mappingOrders() const;
    void fail(SyncResult::Failure failure, const QString &error);
    void failWith(const WooFailure &failure);
    bool running() const { return m_running; }

    Database &m_db;
    PageApplier &m_applier;
    SiteConnection m_connection;
    Options m_options;
    std::unique_ptr<WooClient> m_client;
    std::unique_ptr<WooPageLister> m_lister;
    WooRecordMapper::Context m_context;
    QList<Collection> m_todo;
    std::unique_ptr<Run> m_run;
    QList<QJsonObject> m_variableProducts;
    std::optional<SyncState> m_sessionsState;
    QMap<QString, CollectionCounts> m_counts;
    QTimer m_idleCommit;
    bool m_running = false;
};
