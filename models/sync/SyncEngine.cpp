#include "sync/SyncEngine.h"

#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "store/StoreChangeNotifier.h"
#include "store/StoreFault.h"
#include "store/SyncLock.h"
#include "sync/PageApplier.h"
#include "sync/SiteConnector.h"

#include <QDateTime>

SyncEngine::SyncEngine(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_applier(std::make_unique<PageApplier>(db))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
    m_lockPoll.setSingleShot(true);
    m_lockPoll.setInterval(kLockPollMs);
    connect(&m_lockPoll, &QTimer::timeout, this, &SyncEngine::tryLock);
}

SyncEngine::~SyncEngine()
{
    m_puller.reset();
}

void SyncEngine::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    m_running = true;
    m_progress = SyncProgress();
    m_lockHolder.clear();
    m_lockWait.invalidate();
    // Nothing can be written to a read-only store; a team server that went away since the last
    // sync may be back: the connection is opened again.
    QString error;
    if (m_db.isReadOnly()) {
        finish(SyncResult::Status::Failed, SyncResult::Failure::Store, m_db.readOnlyReason(), true);
        return;
    }
    if (!m_db.reconnectIfLost(&error)) {
        finish(SyncResult::Status::Failed, SyncResult::Failure::Store, error, true);
        return;
    }
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
        startPuller();
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

void SyncEngine::startPuller()
{
    m_applier->beginSync();
    const SiteConnector *connector = SiteKinds::find(m_options.kind);
    if (!connector) {
        finish(SyncResult::Status::Failed, SyncResult::Failure::BadAddress,
               tr("This version of Yutang cannot connect to a site of kind \"%1\".")
                   .arg(m_options.kind));
        return;
    }
    SiteConnection connection;
    connection.kind = connector->id();
    connection.siteAddress = m_options.siteAddress;
    connection.secret = m_options.token;
    connection.retry = m_options.retry;
    m_puller = connector->createPuller(m_db, *m_applier, connection);
    connect(m_puller.get(), &SitePuller::pageStored, this, [this] { emitProgress(); });
    connect(m_puller.get(), &SitePuller::message, this, &SyncEngine::message);
    connect(m_puller.get(), &SitePuller::finished, this,
            [this](bool ok, SyncResult::Failure failure, const QString &error) {
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
                m_db.setMeta(QStringLiteral("last_sync_at"),
                             QString::number(QDateTime::currentMSecsSinceEpoch()));
                finish(SyncResult::Status::Ok, SyncResult::Failure::None, QString());
            });
    SitePuller::Options options;
    options.full = m_options.full;
    options.pageLimit = m_options.pageLimit;
    options.partitions = m_options.partitions;
    options.collections = m_options.collections;
    m_puller->start(options);
}

void SyncEngine::emitProgress()
{
    // Pages arrive hundreds a second on a fast link; the GUI needs a few updates a second.
    if (m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 100)
        return;
    m_progressThrottle.start();
    if (!m_puller)
        return;
    m_progress.collections = m_puller->counts();
    m_progress.collectionsDone = 0;
    for (const CollectionCounts &counts : std::as_const(m_progress.collections)) {
        if (counts.done)
            ++m_progress.collectionsDone;
    }
    m_progress.collectionsTotal = int(m_progress.collections.size());
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    finish(SyncResult::Status::Cancelled, SyncResult::Failure::None, tr("Sync cancelled."));
}

void SyncEngine::finish(SyncResult::Status status, SyncResult::Failure failure,
                        const QString &error, bool described)
{
    if (!m_running)
        return;        // already finished (say, cancelled from a progress handler)
    m_running = false; // first: progress handlers below may call cancel()
    m_lockPoll.stop();
    m_lockWait.invalidate();
    m_progressThrottle.invalidate();
    emitProgress(); // before the puller stops: its figures are the result's
    // Pages a puller grouped and has not committed yet are kept, whatever ended the sync (each
    // carries its own state, so they are consistent); the finishers then start afresh.
    QString commitError;
    const bool committed = m_applier->commitPending(&commitError);
    m_applier->setPagesPerCommit(1);
    if (m_puller) {
        m_puller->abort();
        // The puller may be on the call stack (this runs from its signals).
        m_puller.release()->deleteLater();
    }
    SyncResult result;
    result.status = status;
    result.failure = failure;
    // A store failure says what it is (a full disk, a damaged file, a team server gone) and that
    // what was stored before is kept.
    result.error = failure == SyncResult::Failure::Store && !described
                       ? StoreFault::diagnose(m_db, error).message()
                       : error;
    if (!committed) {
        const QString lost = StoreFault::diagnose(m_db, commitError).message();
        result.error = result.status == SyncResult::Status::Failed
                           ? tr("%1\nThe last pages received could not be stored either: %2")
                                 .arg(result.error, lost)
                           : lost;
        result.status = SyncResult::Status::Failed;
        result.failure = SyncResult::Failure::Store;
    }
    // After a first sync the finishers derive every session and customer: tell the user why
    // the sync is not over yet (the app's status bar, yutang-cli without --quiet).
    if (!m_finishers.isEmpty())
        Q_EMIT message(tr("Bringing the figures up to date…"));
    // Indexes a first sync set aside (only one with finishers defers them), built from its
    // rows, whatever ended the sync: the finishers read by them, and so does everything after.
    QString indexError;
    if (!DeferredIndexes::restore(m_db, &indexError) && result.status == SyncResult::Status::Ok) {
        result.status = SyncResult::Status::Failed;
        result.failure = SyncResult::Failure::Store;
        result.error = tr("The records were stored, but the indexes set aside while loading "
                          "them could not be built again: %1")
                           .arg(StoreFault::diagnose(m_db, indexError).message());
    }
    for (const Finisher &finisher : std::as_const(m_finishers)) {
        QString message;
        if (!finisher(&message) && result.status == SyncResult::Status::Ok) {
            result.status = SyncResult::Status::Failed;
            result.failure = SyncResult::Failure::Store;
            result.error = message;
        }
    }
    result.progress = m_progress;
    result.lockHolder = m_lockHolder;
    if (m_lock) {
        // Pages are committed as they come, so even a failed or cancelled sync changed the store:
        // tell the other desktops (and this one's panes), then let the next desktop sync.
        StoreChangeNotifier::announce(m_db);
        m_lock.reset();
    }
    Q_EMIT finished(result);
}
