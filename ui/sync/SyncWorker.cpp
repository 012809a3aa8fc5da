#include "sync/SyncWorker.h"

#include "outbox/Outbox.h"
#include "outbox/OutboxPusher.h"
#include "store/Database.h"

#include <QCoreApplication>

SyncWorker::SyncWorker(const Database &mainDb) : m_mainDb(mainDb)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const SyncEngine::Options &options)
{
    if ((m_engine && m_engine->isRunning()) || (m_pusher && m_pusher->isRunning()))
        return;
    if (!m_db) {
        QString error;
        m_db = m_mainDb.clone(&error);
        if (!m_db) {
            SyncResult result;
            result.status = SyncResult::Status::Failed;
            result.failure = SyncResult::Failure::Store;
            result.error = error;
            Q_EMIT finished(result);
            return;
        }
    }
    if (Outbox(*m_db).size() == 0) {
        pull(options);
        return;
    }
    m_pusher = std::make_unique<OutboxPusher>(*m_db);
    connect(m_pusher.get(), &OutboxPusher::finished, this, [this, options](const PushResult &r) {
        Q_EMIT message(tr("Sent %n edit(s) to the site.", nullptr, r.pushed) +
                       (r.error.isEmpty() ? QString() : QStringLiteral(" ") + r.error));
        pull(options); // even after a failed push: reading may still work (read-only token)
    });
    m_pusher->start(options.siteAddress, options.token, options.retry);
}

void SyncWorker::pull(const SyncEngine::Options &options)
{
    m_engine.reset(); // the previous run's engine, finished
    m_engine = std::make_unique<SyncEngine>(*m_db);
    m_engine->applier().addObserver(&m_outboxObserver);
    connect(m_engine.get(), &SyncEngine::progressChanged, this, &SyncWorker::progressChanged);
    connect(m_engine.get(), &SyncEngine::message, this, &SyncWorker::message);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncWorker::finished);
    m_engine->start(options);
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::shutdown()
{
    m_pusher.reset();
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    m_engine.reset();
    m_db.reset();
}
