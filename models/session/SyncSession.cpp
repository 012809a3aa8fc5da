#include "session/SyncSession.h"

#include "analytics/AnalyticsObservers.h"
#include "outbox/Outbox.h"
#include "store/Database.h"
#include "store/StoreFault.h"

SyncSession::SyncSession(Database &db, QObject *parent) : QObject(parent), m_db(db)
{}

SyncSession::~SyncSession() = default;

void SyncSession::installObservers(SyncEngine &engine, Database &db, OutboxSyncObserver *outbox)
{
    AnalyticsObservers::install(engine, db);
    if (outbox)
        engine.applier().addObserver(outbox);
}

bool SyncSession::isRunning() const
{
    return m_pushing || (m_engine && m_engine->isRunning());
}

void SyncSession::start(const SyncEngine::Options &options)
{
    if (isRunning())
        return;
    m_cancelled = false;
    QString error;
    auto fail = [this](const QString &text) {
        SyncResult result;
        result.status = SyncResult::Status::Failed;
        result.failure = SyncResult::Failure::Store;
        result.error = text;
        Q_EMIT finished(result);
    };
    // Neither the edits' new state nor the pull could be written to a read-only store; a team
    // server that went away since the last sync may be back.
    if (m_db.isReadOnly()) {
        fail(m_db.readOnlyReason());
        return;
    }
    if (!m_db.reconnectIfLost(&error)) {
        fail(error);
        return;
    }
    const int queued = Outbox(m_db).size(&error);
    if (queued < 0) {
        // A store that cannot read its outbox cannot be trusted to keep the edits in it either.
        fail(tr("Could not read the edits waiting to be sent: %1")
                 .arg(StoreFault::diagnose(m_db, error).message()));
        return;
    }
    if (queued == 0) {
        pull(options);
        return;
    }
    m_pushing = true;
    m_pusher = std::make_unique<OutboxPusher>(m_db);
    connect(m_pusher.get(), &OutboxPusher::finished, this, [this, options](const PushResult &r) {
        m_pushing = false;
        Q_EMIT pushFinished(r);
        if (m_cancelled) {
            SyncResult result;
            result.status = SyncResult::Status::Cancelled;
            result.error = tr("Sync cancelled.");
            Q_EMIT finished(result);
            return;
        }
        pull(options);
    });
    m_pusher->start(
        SiteConnection{options.kind, options.siteAddress, options.token, options.retry});
}

void SyncSession::pull(const SyncEngine::Options &options)
{
    m_engine.reset(); // the previous run's engine, finished
    m_engine = std::make_unique<SyncEngine>(m_db);
    installObservers(*m_engine, m_db, &m_outboxObserver);
    connect(m_engine.get(), &SyncEngine::progressChanged, this, &SyncSession::progressChanged);
    connect(m_engine.get(), &SyncEngine::message, this, &SyncSession::message);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncSession::finished);
    m_engine->start(options);
}

void SyncSession::cancel()
{
    m_cancelled = true;
    if (m_engine)
        m_engine->cancel();
}
