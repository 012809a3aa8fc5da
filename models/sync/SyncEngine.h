#pragma once

#include "sync/SiteClient.h"
#include "sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

class CollectionSync;
class Database;
class PageApplier;
class SyncLock;

// Pulls a site into the store: /shop first, then every collection concurrently, each page
// committed with its cursor. Lives on whichever thread owns `db`'s connection; the GUI runs it on
// a worker thread, the CLI on its main thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFarSiteMs = 15;
    static constexpr int kAutoPartitions = 4;
    struct Options
    {
        QString siteAddress;
        QByteArray token;
        bool full = false;
        int pageLimit = 1000;
        // Parts a full listing is split into where the site offers it; 0: automatic, split only
        // when the site is far (its /shop answer took kFarSiteMs or more). Near a site the store
        // sets the pace, and one chain per collection writes in index order, which is quicker.
        int partitions = 0;
        RetryPolicy retry;
        QList<Collection> collections; // empty: all
        // Team stores: when another desktop holds the sync lock, keep trying for up to this long
        // (then fail as Locked) instead of failing at once. 0: do not wait.
        int lockWaitMs = 0;
    };
    // How often a waiting sync tries the lock again.
    static constexpr int kLockPollMs = 250;

    explicit SyncEngine(Database &db, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Observers get every page inside its transaction (derived data, classification).
    PageApplier &applier() { return *m_applier; }

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start(const SyncEngine::Options &options);
    void cancel();

Q_SIGNALS:
    void progressChanged(const SyncProgress &progress);
    void message(const QString &text);
    void finished(const SyncResult &result);

private:
    void tryLock();
    void fetchShop();
    void startCollections();
    void collectionFinished(CollectionSync *sync, bool ok, SyncResult::Failure failure,
                            const QString &error);
    void emitProgress();
    void finish(SyncResult::Status status, SyncResult::Failure failure, const QString &error);

    Database &m_db;
    std::unique_ptr<PageApplier> m_applier;
    std::unique_ptr<SiteClient> m_client;
    std::unique_ptr<SyncLock>
        m_lock; // held for the whole sync (team stores: one desktop at a time)
    QList<CollectionSync *> m_syncs;
    Options m_options;
    SyncProgress m_progress;
    QString m_lockHolder;
    QElapsedTimer m_progressThrottle;
    qint64 m_shopRoundTripMs = 0;
    QElapsedTimer m_lockWait; // valid while waiting for another desktop's sync to end
    QTimer m_lockPoll;
    bool m_running = false;
};
