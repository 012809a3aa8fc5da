#include "sync/SyncController.h"

#include "sync/SyncEngine.h"
#include "sync/SyncWorker.h"

SyncController::SyncController(const Database &db, QObject *parent) : QObject(parent), m_worker(new SyncWorker(db))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
    m_thread.setObjectName(QStringLiteral("yutang-sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::progressChanged, this, &SyncController::progressChanged);
    connect(m_worker, &SyncWorker::message, this, &SyncController::message);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::workerFinished);
    m_thread.start();
}

SyncController::~SyncController()
{
    // The worker's connection and engine must die on the thread that owns them.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SyncController::setSite(const QString &siteAddress, const QByteArray &token)
{
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
