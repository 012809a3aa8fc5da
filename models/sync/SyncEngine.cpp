#include "sync/SyncEngine.h"

#include "analytics/AnalyticsObservers.h"
#include "store/Database.h"
#include "store/StoreChangeNotifier.h"
#include "store/SyncLock.h"
#include "sync/CollectionSync.h"
#include "sync/PageApplier.h"
#include "sync/RecordParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

SyncEngine::SyncEngine(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_applier(std::make_unique<PageApplier>(db))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
    AnalyticsObservers::install(*this, db);
    m_lockPoll.setSingleShot(true);
    m_lockPoll.setInterval(kLockPollMs);
    connect(&m_lockPoll, &QTimer::timeout, this, &SyncEngine::tryLock);
}

SyncEngine::~SyncEngine()
{
    qDeleteAll(m_syncs);
}

void SyncEngine::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    if (m_options.collections.isEmpty())
        m_options.collections = Collections::all();
    SiteAddress address;
    QString error;
    m_running = true;
    m_progress = SyncProgress();
    m_lockHolder.clear();
    if (!SiteAddress::parse(options.siteAddress, &address, &error)) {
        finish(SyncResult::Status::Failed, SyncResult::Failure::BadAddress, error);
        return;
    }
    m_client = std::make_unique<SiteClient>(address, options.token);
    m_client->setRetryPolicy(options.retry);
    connect(m_client.get(), &SiteClient::retrying, this,
            [this](const QString &what, int attempt, int delayMs, const QString &reason) {
                Q_EMIT message(tr("%1: %2; retry %3 in %4 s")
                                   .arg(what, reason)
                                   .arg(attempt)
                                   .arg(delayMs / 1000.0, 0, 'f', 1));
            });
    m_lockWait.invalidate();
    tryLock();
}

// Takes the sync lock and goes on with the sync. When another desktop holds it: fails as Locked,
// or, with Options::lockWaitMs, tries again every kLockPollMs until the lock is free or the time
// is up (the event loop keeps running, so cancel() works while waiting).
void SyncEngine::tryLock()
{
    if (!m_running)
        return;
    m_lock = std::make_unique<SyncLock>(m_db);
    SyncLock::Holder holder;
    QString error;
    switch (m_lock->tryAcquire(&holder, &error)) {
    case SyncLock::Outcome::Acquired:
        if (m_lockWait.isValid())
            Q_EMIT message(tr("The other sync ended; syncing now."));
        m_lockWait.invalidate();
        fetchShop();
        return;
    case SyncLock::Outcome::HeldElsewhere: {
        m_lock.reset();
        const QString host = holder.isValid() ? holder.host : tr("another desktop");
        QString text = tr("Syncing on %1").arg(host);
        if (holder.startedAt.isValid())
            text = tr("Syncing on %1 since %2")
                       .arg(host, holder.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (m_options.lockWaitMs > 0 && !m_lockWait.isValid()) {
            m_lockWait.start();
            Q_EMIT message(tr("%1; waiting up to %2 s for it to end…")
                               .arg(text)
                               .arg((m_options.lockWaitMs + 999) / 1000));
        }
        if (m_lockWait.isValid() && m_lockWait.elapsed() < m_options.lockWaitMs) {
            m_lockPoll.start();
            return;
        }
        m_lockHolder = host;
        text += QLatin1Char(' ') + tr("(this team store syncs on one desktop at a time; its data "
                                      "appears here when that sync ends).");
        if (m_lockWait.isValid())
            text += QLatin1Char(' ') +
                    tr("Gave up waiting after %1 s.").arg(m_lockWait.elapsed() / 1000.0, 0, 'f', 1);
        finish(SyncResult::Status::Failed, SyncResult::Failure::Locked, text);
        return;
    }
    case SyncLock::Outcome::Error:
        break;
    }
    m_lock.reset();
    finish(SyncResult::Status::Failed, SyncResult::Failure::Store, error);
}

void SyncEngine::fetchShop()
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
            finish(SyncResult::Status::Failed, failure, error);
            return;
        }
        ShopRecord shop;
        QString error;
        if (!RecordParser::parseShop(response.body, &shop, &error)) {
            finish(SyncResult::Status::Failed, SyncResult::Failure::NotASite, error);
            return;
        }
        QJsonArray rates;
        for (int r : std::as_const(shop.ratesBp))
            rates.append(r);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) VALUES (?, ?, "
            "?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, "
            "timezone = excluded.timezone, rates_bp = excluded.rates_bp, fetched_at = "
            "excluded.fetched_at"));
        q.addBindValue(shop.id);
        q.addBindValue(shop.name);
        q.addBindValue(shop.currency);
        q.addBindValue(shop.timezone);
        q.addBindValue(QString::fromUtf8(QJsonDocument(rates).toJson(QJsonDocument::Compact)));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        QSqlQuery del(m_db.connection());
        // One store holds one shop: a store pointed at another site keeps only the new shop row.
        del.prepare(QStringLiteral("DELETE FROM shop WHERE id <> ?"));
        del.addBindValue(shop.id);
        if (!q.exec() || !del.exec()) {
            finish(SyncResult::Status::Failed, SyncResult::Failure::Store, q.lastError().text());
            return;
        }
        startCollections();
    });
}

void SyncEngine::startCollections()
{
    m_progress.collectionsTotal = int(m_options.collections.size());
    for (Collection c : std::as_const(m_options.collections)) {
        auto *sync = new CollectionSync(c, m_db, *m_applier, *m_client, m_options.pageLimit);
        sync->setPartitions(m_options.partitions > 0 ? m_options.partitions
                            : m_shopRoundTripMs >= kFarSiteMs ? kAutoPartitions
                                                               : 1);
        m_syncs.append(sync);
        connect(sync, &CollectionSync::pageStored, this, [this] { emitProgress(); });
        connect(sync, &CollectionSync::message, this, &SyncEngine::message);
        connect(sync, &CollectionSync::finished, this,
                [this, sync](bool ok, SyncResult::Failure failure, const QString &error) {
                    collectionFinished(sync, ok, failure, error);
                });
    }
    const auto syncs = m_syncs;
    for (CollectionSync *sync : syncs)
        sync->start(m_options.full);
}

void SyncEngine::collectionFinished(CollectionSync *sync, bool ok, SyncResult::Failure failure,
                                    const QString &error)
{
    if (!m_running)
        return;
    if (!ok) {
        finish(SyncResult::Status::Failed, failure, error);
        return;
    }
    m_progressThrottle.invalidate();
    emitProgress();
    if (!m_running)
        return; // a progress handler cancelled
    for (CollectionSync *s : std::as_const(m_syncs)) {
        if (!s->counts().done)
            return;
    }
    m_db.setMeta(QStringLiteral("last_sync_at"),
                 QString::number(QDateTime::currentMSecsSinceEpoch()));
    Q_UNUSED(sync);
    finish(SyncResult::Status::Ok, SyncResult::Failure::None, QString());
}

void SyncEngine::emitProgress()
{
    // Pages arrive hundreds a second on a fast link; the GUI needs a few updates a second.
    if (m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 100)
        return;
    m_progressThrottle.start();
    m_progress.collectionsDone = 0;
    for (CollectionSync *s : std::as_const(m_syncs)) {
        m_progress.collections[Collections::name(s->collection())] = s->counts();
        if (s->counts().done)
            ++m_progress.collectionsDone;
    }
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    finish(SyncResult::Status::Cancelled, SyncResult::Failure::None, tr("Sync cancelled."));
}

void SyncEngine::finish(SyncResult::Status status, SyncResult::Failure failure,
                        const QString &error)
{
    if (!m_running)
        return;        // already finished (say, cancelled from a progress handler)
    m_running = false; // first: progress handlers below may call cancel()
    m_lockPoll.stop();
    m_lockWait.invalidate();
    if (m_client)
        m_client->abortAll();
    m_progressThrottle.invalidate();
    if (!m_syncs.isEmpty())
        emitProgress();
    SyncResult result;
    result.status = status;
    result.failure = failure;
    result.error = error;
    result.progress = m_progress;
    result.lockHolder = m_lockHolder;
    if (m_lock) {
        // Pages are committed as they come, so even a failed or cancelled sync changed the store:
        // tell the other desktops (and this one's panes), then let the next desktop sync.
        StoreChangeNotifier::announce(m_db);
        m_lock.reset();
    }
    // Collection objects may be on the call stack (this runs from their signals).
    for (CollectionSync *s : std::as_const(m_syncs))
        s->deleteLater();
    m_syncs.clear();
    if (m_client)
        m_client.release()->deleteLater();
    Q_EMIT finished(result);
}
