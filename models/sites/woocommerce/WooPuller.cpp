#include "sites/woocommerce/WooPuller.h"

#include "sites/woocommerce/WooClient.h"
#include "sites/woocommerce/WooDate.h"
#include "sites/woocommerce/WooPageLister.h"
#include "sites/woocommerce/WooShopReader.h"
#include "store/Database.h"
#include "sync/CollectionSchema.h"
#include "sync/PageApplier.h"
#include "sync/RecordParser.h"
#include "sync/ShopRowWriter.h"
#include "sync/SiteConnector.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

struct WooPuller::Run
{
    Collection collection = Collection::Products;
    SyncState state;
    bool full = false;
    QHash<QString, qint64> seen; // WooCommerce ids this listing stored → date_modified_gmt
    qint64 watermark = 0;        // the latest date_modified_gmt stored
};

// A page of orders mapped on the thread that parsed it (WooPageLister::Preparer), one entry per
// record; trashed orders are left to storeRecords.
struct MappedOrder
{
    bool ok = false;
    OrderRecord order;
    SessionRecord visit;
    QString reason;
};

namespace {

QString wcId(const QJsonObject &o)
{
    const double v = o.value(QLatin1String("id")).toDouble(-1);
    return v >= 0 ? QString::number(qint64(v)) : QString();
}

qint64 modifiedOf(const QJsonObject &o)
{
    qint64 ms = 0;
    WooDate::parseGmt(o.value(QLatin1String("date_modified_gmt")).toString(), &ms);
    return ms;
}

using MappedOrders = std::shared_ptr<QList<MappedOrder>>;

MappedOrders mapOrders(const QJsonArray &records, const WooRecordMapper::Context &context)
{
    auto mapped = std::make_shared<QList<MappedOrder>>(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject wc = records.at(i).toObject();
        if (wc.value(QLatin1String("status")).toString() == QLatin1String("trash"))
            continue;
        MappedOrder &m = (*mapped)[i];
        m.ok = WooRecordMapper::orderRecord(wc, context, &m.order, &m.visit, &m.reason);
    }
    return mapped;
}

} // namespace

WooPuller::WooPuller(Database &db, PageApplier &applier, const SiteConnection &connection)
    : m_db(db), m_applier(applier), m_connection(connection)
{
    m_idleCommit.setSingleShot(true);
    m_idleCommit.setInterval(kIdleCommitMs);
    connect(&m_idleCommit, &QTimer::timeout, this, [this] { commitPending(); });
}

WooPuller::~WooPuller()
{
    abort();
}

void WooPuller::start(const Options &options)
{
    m_options = options;
    m_running = true;
    m_applier.setPagesPerCommit(kPagesPerCommit);
    m_client = std::make_unique<WooClient>(m_connection);
    if (!m_client->isValid()) {
        fail(SyncResult::Failure::BadAddress, m_client->error());
        return;
    }
    connect(m_client.get(), &WooClient::retrying, this,
            [this](const QString &what, int attempt, int delayMs, const QString &reason) {
                Q_EMIT message(tr("%1: %2; retry %3 in %4 s")
                                   .arg(what, reason)
                                   .arg(attempt)
                                   .arg(delayMs / 1000.0, 0, 'f', 1));
            });
    const int inFlight = options.partitions > 0 ? options.partitions : kDefaultInFlight;
    m_lister = std::make_unique<WooPageLister>(*m_client, inFlight);
    for (Collection c : {Collection::Products, Collection::Customers, Collection::Orders}) {
        if (options.collections.isEmpty() || options.collections.contains(c))
            m_todo.append(c);
    }
    for (Collection c : std::as_const(m_todo))
        m_counts.insert(Collections::name(c), CollectionCounts());
    fetchShop();
}

void WooPuller::abort()
{
    // Pages still pending are committed by the engine, which owns the applier and reports
    // a failure to (this runs from the destructor too, when the applier may be gone).
    m_idleCommit.stop();
    m_running = false;
    if (m_lister)
        m_lister->stop();
    if (m_client) {
        m_client->abortAll();
        m_client.release()->deleteLater(); // its answer may be on the call stack
    }
    if (m_lister)
        m_lister.release()->deleteLater();
}

QMap<QString, CollectionCounts> WooPuller::counts() const
{
    return m_counts;
}

WooPageLister::DoneHandler WooPuller::thenOrFail(std::function<void()> next)
{
    return [this, next](bool ok, const WooFailure &failure) {
        if (!running())
            return;
        if (!ok) {
            failWith(failure);
            return;
        }
        next();
    };
}

WooPageLister::PageHandler WooPuller::storing()
{
    return [this](const WooPageLister::Page &page) {
        const MappedOrders *mapped = std::any_cast<MappedOrders>(&page.prepared);
        return storeRecords(page.records, nullptr, mapped ? mapped->get() : nullptr);
    };
}

WooPageLister::Preparer WooPuller::mappingOrders() const
{
    if (m_run->collection != Collection::Orders)
        return {};
    return [context = m_context](const QJsonArray &records) -> std::any {
        return mapOrders(records, context);
    };
}

void WooPuller::fail(SyncResult::Failure failure, const QString &error)
{
    if (!m_running)
        return;
    m_idleCommit.stop(); // the engine commits what is pending and reports if it cannot
    m_running = false;
    if (m_lister)
        m_lister->stop();
    Q_EMIT finished(false, failure, error);
}

void WooPuller::failWith(const WooFailure &failure)
{
    fail(failure.failure, failure.message);
}

QString WooPuller::orderFields()
{
    return QStringLiteral("id,number,status,customer_id,date_created_gmt,date_modified_gmt,"
                          "date_paid_gmt,total,refunds,line_items,meta_data,billing");
}

QUrlQuery WooPuller::pageQuery() const
{
    QUrlQuery q;
    const int perPage =
        m_options.pageLimit > 0 ? std::min(m_options.pageLimit, kPerPage) : kPerPage;
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return q;
}

// --- the shop -------------------------------------------------------------------------------

void WooPuller::fetchShop()
{
    WooShopReader::read(*m_client, [this](const WooShopInfo &info, const WooFailure *failure) {
        if (!running())
            return;
        if (failure) {
            failWith(*failure);
            return;
        }
        m_context.decimals = info.shop.currencyDecimals;
        m_context.siteHost = m_client->address().siteUrl().host();
        QString error;
        if (!ShopRowWriter::write(m_db, info.shop, &error)) {
            fail(SyncResult::Failure::Store, error);
            return;
        }
        nextCollection();
    });
}

void WooPuller::nextCollection()
{
    if (!running())
        return;
    if (m_todo.isEmpty()) {
        if (!commitPending())
            return;
        m_running = false;
        Q_EMIT finished(true, SyncResult::Failure::None, QString());
        return;
    }
    const Collection c = m_todo.takeFirst();
    m_run = std::make_unique<Run>();
    m_run->collection = c;
    m_run->state = SyncState::load(m_db, c);
    // A full listing killed midway starts again (its pages are rewritten under a new
    // generation); so does a first sync, and --full.
    m_run->full = m_options.full || m_run->state.syncToken.isEmpty() ||
                  (m_run->state.inListing && m_run->state.fullListing);
    if (m_run->full)
        ++m_run->state.listingGen;
    m_run->state.inListing = true;
    m_run->state.fullListing = m_run->full;
    m_run->state.cursor.clear();
    m_run->state.baseToken.clear();
    m_run->state.parts.clear();
    m_counts[Collections::name(c)].fullListing = m_run->full;
    switch (c) {
    case Collection::Products:
        syncProducts();
        return;
    case Collection::Customers:
        syncCustomers();
        return;
    case Collection::Orders:
        syncOrders();
        return;
    default:
        nextCollection();
    }
}

// --- storing --------------------------------------------------------------------------------

bool WooPuller::applyPage(ParsedPage &page, bool completesFullListing)
{
    QString error;
    page.hasNextCursor = !completesFullListing && m_run->state.inListing;
    if (!m_applier.apply(page, m_run->state, completesFullListing, &error)) {
        fail(SyncResult::Failure::Store,
             tr("Could not store %1: %2").arg(Collections::name(page.collection), error));
        return false;
    }
    CollectionCounts &counts = m_counts[Collections::name(m_run->collection)];
    ++counts.pages;
    counts.received += page.recordCount() - page.deleted.size() - page.quarantined.size();
    counts.deleted += page.deleted.size();
    counts.quarantined += page.quarantined.size();
    pageApplied();
    return true;
}

void WooPuller::pageApplied()
{
    if (m_applier.hasPending())
        m_idleCommit.start();
    Q_EMIT pageStored();
}

bool WooPuller::commitPending()
{
    m_idleCommit.stop();
    QString error;
    if (m_applier.commitPending(&error))
        return true;
    fail(SyncResult::Failure::Store, tr("Could not store the last pages: %1").arg(error));
    return false;
}

bool WooPuller::storeRecords(const QJsonArray &records, const QJsonObject *parent,
                             const QList<MappedOrder> *mappedOrders)
{
    ParsedPage page;
    page.collection = m_run->collection;
    ParsedPage sessions;
    sessions.collection = Collection::Sessions;
    if (mappedOrders && mappedOrders->size() != records.size())
        mappedOrders = nullptr;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject wc = records.at(i).toObject();
        const QString id = wcId(wc);
        const qint64 modified = modifiedOf(wc);
        if (!parent && !id.isEmpty()) {
            m_run->seen.insert(id, modified);
            m_run->watermark = std::max(m_run->watermark, modified);
        }
        QJsonObject mapped;
        QString reason;
        bool ok = false;
        switch (m_run->collection) {
        case Collection::Products:
            if (!parent &&
                wc.value(QLatin1String("type")).toString() == QLatin1String("variable")) {
                m_variableProducts.append(wc); // its variations are the products
                continue;
            }
            ok = WooRecordMapper::product(wc, parent, m_context, &mapped, &reason);
            break;
        case Collection::Customers:
            ok = WooRecordMapper::customer(wc, &mapped, &reason);
            break;
        case Collection::Orders: {
            if (wc.value(QLatin1String("status")).toString() == QLatin1String("trash")) {
                page.deleted.append({id, modified});
                sessions.deleted.append({QStringLiteral("wc-order-") + id, modified});
                continue;
            }
            MappedOrder m;
            if (mappedOrders)
                m = mappedOrders->at(i);
            else
                m.ok = WooRecordMapper::orderRecord(wc, m_context, &m.order, &m.visit, &m.reason);
            if (m.ok) { // already records: nothing for RecordParser to read
                page.orders.append(std::move(m.order));
                sessions.sessions.append(std::move(m.visit));
                continue;
            }
            reason = m.reason;
            break;
        }
        default:
            break;
        }
        if (!ok) {
            page.quarantined.append({id, reason, QJsonDocument(wc).toJson(QJsonDocument::Compact)});
            continue;
        }
        RecordParser::parseRecord(m_run->collection, mapped, &page);
    }
    // Orders first, then their sessions: the sessions' facts (paid orders, revenue) and the
    // buyers' loop steps are then derived once, when the session arrives, not twice.
    page.sessionsFollow = sessions.recordCount() > 0;
    if (!applyPage(page))
        return false;
    return applySessions(sessions);
}

bool WooPuller::applySessions(ParsedPage &sessions)
{
    if (sessions.recordCount() == 0)
        return true;
    // Sessions stand for orders here and have no listing of their own: their sync state is
    // only passed through (read once per sync).
    if (!m_sessionsState)
        m_sessionsState = SyncState::load(m_db, Collection::Sessions);
    sessions.hasNextCursor = true; // day aggregates are rebuilt when the orders end
    QString error;
    if (!m_applier.apply(sessions, *m_sessionsState, false, &error)) {
        fail(SyncResult::Failure::Store, tr("Could not store sessions: %1").arg(error));
        return false;
    }
    return true; // the page of orders these go with arms the idle commit (applyPage)
}

QHash<QString, qint64> WooPuller::localVersions(Collection c, bool *ok)
{
    QHash<QString, qint64> map;
    QSqlQuery q(m_db.connection());
    const CollectionSchema &schema = CollectionSchema::of(c);
    *ok = q.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(schema.updatedColumn, schema.table));
    while (*ok && q.next())
        map.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!*ok)
        fail(SyncResult::Failure::Store, q.lastError().text());
    return map;
}

bool WooPuller::deleteMissing(const QHash<QString, qint64> &siteIds)
{
    bool ok = false;
    const QHash<QString, qint64> local = localVersions(m_run->collection, &ok);
    if (!ok)
        return false;
    ParsedPage page;
    page.collection = m_run->collection;
    ParsedPage sessions;
    sessions.collection = Collection::Sessions;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        // A variation ("<parent>:<variation>") goes with its parent.
        if (!siteIds.contains(it.key().section(QLatin1Char(':'), 0, 0))) {
            page.deleted.append({it.key(), 0});
            if (m_run->collection == Collection::Orders)
                sessions.deleted.append({QStringLiteral("wc-order-") + it.key(), 0});
        }
    }
    if (page.deleted.isEmpty())
        return true;
    return applySessions(sessions) && applyPage(page);
}

void WooPuller::finishCollection()
{
    if (!running())
        return;
    SyncState &state = m_run->state;
    state.inListing = false;
    state.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
    if (m_run->collection == Collection::Orders) {
        const qint64 previous = state.syncToken.toLongLong();
        state.syncToken = QString::number(std::max(previous, m_run->watermark));
    } else {
        state.syncToken = QString::number(state.lastSyncedAt);
    }
    ParsedPage last;
    last.collection = m_run->collection;
    // The last page commits the new state; a completed full listing removes what it lacked.
    if (!applyPage(last, m_run->full))
        return;
    if (m_run->collection == Collection::Orders) {
        // Sessions stand for orders here: those of orders gone with the listing go too (the
        // analytics notice the changed count and derive the days again).
        QSqlQuery q(m_db.connection());
        if (!q.exec(
                QStringLiteral("DELETE FROM sessions WHERE id LIKE 'wc-order-%' AND id NOT IN "
                               "(SELECT session_id FROM orders WHERE session_id IS NOT NULL)"))) {
            fail(SyncResult::Failure::Store, q.lastError().text());
            return;
        }
    }
    m_counts[Collections::name(m_run->collection)].done = true;
    Q_EMIT pageStored();
    nextCollection();
}

// --- shifted listings -----------------------------------------------------------------------

void WooPuller::scanIds(const QString &path, const QUrlQuery &filter, int attempt,
                        std::function<void(const QHash<QString, qint64> &, bool)> done)
{
    auto ids = std::make_shared<QHash<QString, qint64>>();
    QUrlQuery q = filter;
    for (const auto &item : pageQuery().queryItems())
        q.addQueryItem(item.first, item.second);
    q.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,date_modified_gmt"));
    q.removeAllQueryItems(QStringLiteral("orderby"));
    q.removeAllQueryItems(QStringLiteral("order"));
    // By id: edits during the scan do not move records; only creations and deletions could.
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    m_lister->listAll(
        path, q,
        [ids](const WooPageLister::Page &page) {
            for (const QJsonValue &v : page.records) {
                const QJsonObject o = v.toObject();
                ids->insert(wcId(o), modifiedOf(o));
            }
            return true;
        },
        thenOrFail([this, path, filter, attempt, ids, done] {
            const bool consistent =
                !m_lister->totalsChanged() && ids->size() == m_lister->firstTotal();
            if (!consistent && attempt + 1 < kMaxScanAttempts) {
                scanIds(path, filter, attempt + 1, done); // records came or went meanwhile
                return;
            }
            done(*ids, consistent);
        }));
}

void WooPuller::fetchIds(const QString &path, const QStringList &ids, std::function<void()> next)
{
    QList<QUrlQuery> batches;
    for (qsizetype i = 0; i < ids.size(); i += kPerPage) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("include"), ids.mid(i, kPerPage).join(QLatin1Char(',')));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
        if (m_run->collection == Collection::Customers)
            q.addQueryItem(QStringLiteral("role"), QStringLiteral("all"));
        if (m_run->collection == Collection::Orders)
            q.addQueryItem(QStringLiteral("_fields"), orderFields());
        batches.append(q);
    }
    m_lister->fetchEach(path, batches, storing(), thenOrFail(next), mappingOrders());
}

void WooPuller::repairIfShifted(const QString &path, const QUrlQuery &filter,
                                std::function<void()> next)
{
    const bool shifted = m_lister->totalsChanged() || m_run->seen.size() < m_lister->firstTotal();
    if (!shifted) {
        next();
        return;
    }
    Q_EMIT message(tr("%1: records changed while they were listed; checking which were missed")
                       .arg(Collections::name(m_run->collection)));
    scanIds(path, filter, 0,
            [this, path, next](const QHash<QString, qint64> &ids, bool consistent) {
                // A full listing may have stored records deleted or trashed after their page came:
                // the scan says which are still there.
                if (m_run->full && consistent && path == Collections::name(m_run->collection) &&
                    !deleteMissing(ids))
                    return;
                QStringList missing;
                for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                    const auto seen = m_run->seen.constFind(it.key());
                    if (seen == m_run->seen.cend() || seen.value() < it.value())
                        missing << it.key();
                }
                fetchIds(path, missing, next);
            });
}

// --- products -------------------------------------------------------------------------------

void WooPuller::syncProducts()
{
    // Every sync lists all products: a shop has few, and a variation's change need not touch
    // its parent's date_modified, so modified_after could miss it.
    m_run->full = true;
    if (m_run->state.listingGen == SyncState::load(m_db, Collection::Products).listingGen)
        ++m_run->state.listingGen;
    m_run->state.fullListing = true;
    m_counts[Collections::name(Collection::Products)].fullListing = true;
    m_variableProducts.clear();
    QUrlQuery q = pageQuery();
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    m_lister->listAll(QStringLiteral("products"), q, storing(), thenOrFail([this] {
                          repairIfShifted(QStringLiteral("products"), {},
                                          [this] { syncVariations(); });
                      }));
}

void WooPuller::syncVariations()
{
    if (!running())
        return;
    if (m_variableProducts.isEmpty()) {
        finishCollection();
        return;
    }
    const QJsonObject parent = m_variableProducts.takeFirst();
    QUrlQuery q = pageQuery();
    m_lister->listAll(
        QStringLiteral("products/%1/variations").arg(wcId(parent)), q,
        [this, parent](const WooPageLister::Page &page) {
            return storeRecords(page.records, &parent);
        },
        thenOrFail([this] { syncVariations(); }));
}

// --- customers ------------------------------------------------------------------------------

void WooPuller::syncCustomers()
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("role"), QStringLiteral("all")); // buyers of every role
    if (!m_run->full) {
        scanCustomers(0);
        return;
    }
    QUrlQuery q = filter;
    for (const auto &item : pageQuery().queryItems())
        q.addQueryItem(item.first, item.second);
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    m_lister->listAll(QStringLiteral("customers"), q, storing(), thenOrFail([this, filter] {
                          repairIfShifted(QStringLiteral("customers"), filter,
                                          [this] { finishCollection(); });
                      }));
}

void WooPuller::scanCustomers(int attempt)
{
    QUrlQuery filter;
    filter.addQueryItem(QStringLiteral("role"), QStringLiteral("all"));
    scanIds(QStringLiteral("customers"), filter, attempt,
            [this](const QHash<QString, qint64> &ids, bool consistent) {
                bool ok = false;
                const QHash<QString, qint64> local = localVersions(Collection::Customers, &ok);
                if (!ok)
                    return;
                QStringList changed;
                for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                    const auto held = local.constFind(it.key());
                    if (held == local.cend() || held.value() < it.value())
                        changed << it.key();
                }
                // Deletions only from a scan nothing shifted: a missed id is not a deleted one.
                if (consistent && !deleteMissing(ids))
                    return;
                if (!consistent)
                    Q_EMIT message(tr("customers: the list kept changing while it was read; "
                                      "deleted customers are looked for again next time"));
                fetchIds(QStringLiteral("customers"), changed, [this] { finishCollection(); });
            });
}

// --- orders ---------------------------------------------------------------------------------

void WooPuller::syncOrders()
{
    QUrlQuery filter;
    if (!m_run->full) {
        const qint64 since = m_run->state.syncToken.toLongLong() - kOverlapMs;
        filter.addQueryItem(QStringLiteral("modified_after"), WooDate::formatGmt(since));
        filter.addQueryItem(QStringLiteral("dates_are_gmt"), QStringLiteral("true"));
    }
    QUrlQuery q = filter;
    for (const auto &item : pageQuery().queryItems())
        q.addQueryItem(item.first, item.second);
    // Incremental: oldest change first. A full listing goes by id, which edits do not reorder.
    q.addQueryItem(QStringLiteral("_fields"), orderFields());
    q.addQueryItem(QStringLiteral("orderby"),
                   m_run->full ? QStringLiteral("id") : QStringLiteral("modified"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    m_lister->listAll(QStringLiteral("orders"), q, storing(), thenOrFail([this, filter] {
                          repairIfShifted(QStringLiteral("orders"), filter,
                                          [this] { afterOrderListing(); });
                      }),
                      mappingOrders());
}

void WooPuller::afterOrderListing()
{
    if (m_run->full)
        checkOrderCount(); // the completed listing removes what it lacked
    else
        listTrashedOrders();
}

void WooPuller::listTrashedOrders()
{
    QUrlQuery q = pageQuery();
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("trash"));
    q.addQueryItem(QStringLiteral("modified_after"),
                   WooDate::formatGmt(m_run->state.syncToken.toLongLong() - kOverlapMs));
    q.addQueryItem(QStringLiteral("dates_are_gmt"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,status,date_modified_gmt"));
    m_lister->listAll(QStringLiteral("orders"), q, storing(),
                      thenOrFail([this] { checkOrderCount(); }));
}

void WooPuller::checkOrderCount()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id"));
    m_client->get(QStringLiteral("orders"), q, [this](const SiteResponse &r) {
        if (!running())
            return;
        if (!r.ok()) {
            failWith(WooFailure::from(r, m_client->address().siteUrl().toString(), tr("orders")));
            return;
        }
        QSqlQuery count(m_db.connection());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) || !count.next()) {
            fail(SyncResult::Failure::Store, count.lastError().text());
            return;
        }
        const qint64 ours = count.value(0).toLongLong();
        bool ok = false;
        const qint64 theirs = r.header("X-WP-Total").toLongLong(&ok);
        if (!ok || theirs == ours || m_run->full) {
            finishCollection();
            return;
        }
        // Orders deleted for good leave no trace but the count: find them by their ids.
        Q_EMIT message(
            tr("orders: the shop has %1, this store %2; comparing ids").arg(theirs).arg(ours));
        scanIds(QStringLiteral("orders"), {}, 0,
                [this](const QHash<QString, qint64> &ids, bool consistent) {
                    if (consistent && !deleteMissing(ids))
                        return;
                    bool ok = false;
                    const QHash<QString, qint64> local = localVersions(Collection::Orders, &ok);
                    if (!ok)
                        return;
                    QStringList unknown;
                    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                        if (!local.contains(it.key()))
                            unknown << it.key();
                    }
                    fetchIds(QStringLiteral("orders"), unknown, [this] { finishCollection(); });
                });
    });
}
