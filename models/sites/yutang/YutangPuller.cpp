#include "sites/yutang/YutangPuller.h"

#include "sync/CollectionSync.h"
#include "sync/PageApplier.h"
#include "sync/RecordParser.h"
#include "sync/ShopRowWriter.h"
#include "sync/SiteClient.h"
#include "sync/SiteConnection.h"
#include "sync/SiteConnector.h"

#include <QElapsedTimer>

YutangPuller::YutangPuller(Database &db, PageApplier &applier, const SiteConnection &connection)
    : m_db(db), m_applier(applier), m_siteAddress(connection.siteAddress),
      m_token(connection.secret), m_retry(connection.retry)
{}

YutangPuller::~YutangPuller()
{
    abort();
}

void YutangPuller::start(const Options &options)
{
    m_options = options;
    m_applier.setPagesPerCommit(kPagesPerCommit);
    if (m_options.collections.isEmpty())
        m_options.collections = Collections::all();
    if (m_options.pageLimit <= 0)
        m_options.pageLimit = kDefaultPageLimit;
    SiteAddress address;
    QString error;
    if (!SiteAddress::parse(m_siteAddress, &address, &error)) {
        Q_EMIT finished(false, SyncResult::Failure::BadAddress, error);
        return;
    }
    m_client = std::make_unique<SiteClient>(address, m_token);
    m_client->setRetryPolicy(m_retry);
    connect(m_client.get(), &SiteClient::retrying, this,
            [this](const QString &what, int attempt, int delayMs, const QString &reason) {
                Q_EMIT message(tr("%1: %2; retry %3 in %4 s")
                                   .arg(what, reason)
                                   .arg(attempt)
                                   .arg(delayMs / 1000.0, 0, 'f', 1));
            });
    fetchShop();
}

void YutangPuller::fetchShop()
{
    QElapsedTimer roundTrip;
    roundTrip.start();
    m_client->get(QStringLiteral("shop"), {}, [this, roundTrip](const SiteResponse &response) {
        m_shopRoundTripMs = roundTrip.elapsed();
        if (!response.ok()) {
            SyncResult::Failure failure = SyncResult::Failure::SiteError;
            QString error =
                tr("The site answered %1: %2").arg(response.status).arg(response.errorMessage());
            if (response.outcome == SiteResponse::Outcome::NetworkError) {
                failure = SyncResult::Failure::Unreachable;
                error = tr("Cannot reach %1: %2")
                            .arg(m_client->address().siteUrl().toString(), response.errorText);
            } else if (response.status == 401) {
                failure = SyncResult::Failure::Unauthorized;
                error = tr("The site did not accept the access token (401). Check the token in the "
                           "site's admin.");
            } else if (response.status == 403) {
                failure = SyncResult::Failure::Forbidden;
                error = tr("The token may not read this shop (403).");
            } else if (response.status == 404) {
                failure = SyncResult::Failure::NotASite;
                error = tr("%1 has no Yutang API (404 at %2).")
                            .arg(m_client->address().siteUrl().toString(),
                                 m_client->address().apiBase().toString());
            }
            Q_EMIT finished(false, failure, error);
            return;
        }
        ShopRecord shop;
        QString error;
        if (!RecordParser::parseShop(response.body, &shop, &error)) {
            Q_EMIT finished(false, SyncResult::Failure::NotASite, error);
            return;
        }
        shop.kind = SiteKinds::yutangId();
        if (!ShopRowWriter::write(m_db, shop, &error)) {
            Q_EMIT finished(false, SyncResult::Failure::Store, error);
            return;
        }
        startCollections();
    });
}

void YutangPuller::startCollections()
{
    for (Collection c : std::as_const(m_options.collections)) {
        auto *sync = new CollectionSync(c, m_db, m_applier, *m_client, m_options.pageLimit);
        sync->setPartitions(m_options.partitions > 0          ? m_options.partitions
                            : m_shopRoundTripMs >= kFarSiteMs ? kAutoPartitions
                                                              : 1);
        m_syncs.append(sync);
        connect(sync, &CollectionSync::pageStored, this, &SitePuller::pageStored);
        connect(sync, &CollectionSync::message, this, &SitePuller::message);
        connect(sync, &CollectionSync::finished, this,
                [this](bool ok, SyncResult::Failure failure, const QString &error) {
                    if (!ok) {
                        Q_EMIT finished(false, failure, error);
                        return;
                    }
                    for (CollectionSync *s : std::as_const(m_syncs)) {
                        if (!s->counts().done)
                            return;
                    }
                    Q_EMIT finished(true, SyncResult::Failure::None, QString());
                });
    }
    const auto syncs = m_syncs;
    for (CollectionSync *sync : syncs)
        sync->start(m_options.full);
}

void YutangPuller::abort()
{
    if (m_client)
        m_client->abortAll();
    // Collection objects may be on the call stack (this runs from their signals).
    for (CollectionSync *s : std::as_const(m_syncs)) {
        s->disconnect(this);
        s->deleteLater();
    }
    m_syncs.clear();
    if (m_client)
        m_client.release()->deleteLater();
}

QMap<QString, CollectionCounts> YutangPuller::counts() const
{
    QMap<QString, CollectionCounts> map;
    for (const CollectionSync *s : m_syncs)
        map.insert(Collections::name(s->collection()), s->counts());
    return map;
}
