#pragma once

#include "sync/SyncEngine.h"

#include <QObject>
#include <memory>

class Database;
class SyncSession;

// Lives on the sync thread: opens its own connection to the store there (Database::clone()) and
// runs one SyncSession (push, then pull) at a time, relaying its signals back to the GUI thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(const Database &mainDb);
    ~SyncWorker() override;

    // Called on the worker thread (queued from SyncController).
    void run(const SyncEngine::Options &options);
    void cancel();
    void shutdown();

Q_SIGNALS:
    void progressChanged(const SyncProgress &progress);
    void message(const QString &text);
    void finished(const SyncResult &result);

private:
    const Database &m_mainDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncSession> m_session;
};
