#include "sync/SyncWorker.h"

#include "session/SyncSession.h"
#include "store/Database.h"

SyncWorker::SyncWorker(const Database &mainDb) : m_mainDb(mainDb)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const SyncEngine::Options &options)
{
    if (m_session && m_session->isRunning())
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
    if (!m_session) {
        m_session = std::make_unique<SyncSession>(*m_db);
        connect(m_session.get(), &SyncSession::pushFinished, this, [this](const PushResult &r) {
            Q_EMIT message(tr("Sent %n edit(s) to the site.", nullptr, r.pushed) +
                           (r.error.isEmpty() ? QString() : QStringLiteral(" ") + r.error));
        });
        connect(m_session.get(), &SyncSession::progressChanged, this, &SyncWorker::progressChanged);
        connect(m_session.get(), &SyncSession::message, this, &SyncWorker::message);
        connect(m_session.get(), &SyncSession::finished, this, &SyncWorker::finished);
    }
    m_session->start(options);
}

void SyncWorker::cancel()
{
    if (m_session)
        m_session->cancel();
}

void SyncWorker::shutdown()
{
    if (m_session && m_session->isRunning())
        m_session->cancel();
    m_session.reset();
    m_db.reset();
}
