#pragma once

#include "outbox/OutboxPusher.h"
#include "outbox/OutboxSyncObserver.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <memory>

class Database;

// One sync as the user asks for it, for the GUI's worker and the CLI alike: local edits go out
// first (so the pull brings back what the site made of them), then the pull, with every observer
// a sync needs installed here: the analytics kept in step with each page, and unpushed edits kept
// on top of what the pull writes. A failed push does not stop the pull: reading may still work
// (a read-only key), and the edits stay queued with the reason.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    explicit SyncSession(Database &db, QObject *parent = nullptr);
    ~SyncSession() override;

    void start(const SyncEngine::Options &options);
    void cancel();
    bool isRunning() const;

    // Installs the observers every sync has on an engine (tests drive engines themselves).
    static void installObservers(SyncEngine &engine, Database &db, OutboxSyncObserver *outbox);

Q_SIGNALS:
    void pushFinished(const PushResult &result); // only when there was something to push
    void progressChanged(const SyncProgress &progress);
    void message(const QString &text);
    void finished(const SyncResult &result);

private:
    void pull(const SyncEngine::Options &options);

    Database &m_db;
    std::unique_ptr<OutboxPusher> m_pusher;
    std::unique_ptr<SyncEngine> m_engine;
    OutboxSyncObserver m_outboxObserver;
    bool m_pushing = false;
    bool m_cancelled = false;
};
