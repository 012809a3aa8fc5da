#include "sync/SyncWorker.h"

#include "store/Database.h"

#include <QCoreApplication>

SyncWorker::SyncWorker(const Database &mainDb) : m_mainDb(mainDb)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const SyncEngine::Options &options)
{
    if (m_engine && m_engine->isRunning())
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
    m_engine.reset(); // the previous run's engine, finished
    m_engine = std::make_unique<SyncEngine>(*m_db);
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
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    m_engine.reset();
    m_db.reset();
}
