#include "sync/SyncController.h"

#include "store/Database.h"
#include "store/StoreChangeNotifier.h"
#include "store/SyncLock.h"
#include "sync/SyncEngine.h"
#include "sync/SyncWorker.h"

SyncController::SyncController(const Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_worker(new SyncWorker(db))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
    m_thread.setObjectName(QStringLiteral("yutang-sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::progressChanged, this, &SyncController::progressChanged);
    connect(m_worker, &SyncWorker::message, this, &SyncController::message);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::workerFinished);
    m_thread.start();
    watchOtherDesktops(db);
}

void SyncController::watchOtherDesktops(const Database &db)
{
    m_changes = new StoreChangeNotifier(db, this);
    connect(m_changes, &StoreChangeNotifier::changed, this, &SyncController::storeChangedElsewhere);
    if (!db.dialect().hasAdvisoryLocks())
        return;
    m_lockWatch.setInterval(3000);
    connect(&m_lockWatch, &QTimer::timeout, this, &SyncController::checkRemoteSync);
    m_lockWatch.start();
}

void SyncController::checkRemoteSync()
{
    if (m_running)
        return; // the lock is ours
    const bool syncing = SyncLock::isHeldByAnyone(m_db);
    if (syncing == m_remoteSyncShown)
        return;
    m_remoteSyncShown = syncing;
    if (!syncing)
        return; // the change notification that follows says so
    const SyncLock::Holder holder = SyncLock::currentHolder(m_db);
    const QString host = holder.isValid() ? holder.host : tr("another desktop");
    Q_EMIT message(tr("Syncing on %1 since %2; this window shows the new data when it ends.")
                       .arg(host, holder.startedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
}

void SyncController::storeChangedElsewhere(const QString &origin, bool fromThisProcess)
{
    if (fromThisProcess)
        return; // our own sync: workerFinished() already said so
    m_remoteSyncShown = false;
    Q_EMIT message(tr("Updated by a sync on %1.").arg(origin.section(QLatin1Char(':'), 0, 0)));
    Q_EMIT storeChanged();
}

SyncController::~SyncController()
{
    // The worker's connection and engine must die on the thread that owns them.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SyncController::setSite(const QString &siteAddress, const QByteArray &token,
                             const QString &kind)
{
    m_kind = kind;
    m_siteAddress = siteAddress;
    m_token = token;
}

void SyncController::syncNow()
{
    start(false);
}

void SyncController::fullResync()
{
    start(true);
}

void SyncController::start(bool full)
{
    if (m_running)
        return;
    if (!hasSite()) {
        SyncResult result;
        result.status = SyncResult::Status::Failed;
        result.failure = SyncResult::Failure::BadAddress;
        result.error = tr("This store has no site to sync from. Use Switch shop to connect one.");
        Q_EMIT finished(result);
        return;
    }
    m_running = true;
    SyncEngine::Options options;
    options.kind = m_kind;
    options.siteAddress = m_siteAddress;
    options.token = m_token;
    options.full = full;
    Q_EMIT started(full);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->run(options); }, Qt::QueuedConnection);
}

void SyncController::cancel()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->cancel(); }, Qt::QueuedConnection);
}

void SyncController::workerFinished(const SyncResult &result)
{
    m_running = false;
    Q_EMIT finished(result);
    if (result.failure != SyncResult::Failure::BadAddress && result.failure != SyncResult::Failure::Store)
        Q_EMIT storeChanged();
}
