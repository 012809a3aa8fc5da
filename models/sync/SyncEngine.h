#pragma once

#include "sync/SiteClient.h"
#include "sync/SitePuller.h"
#include "sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class Database;
class PageApplier;
class SitePuller;
class SyncLock;

// Pulls a site into the store: takes the team lock, lets the site kind's SitePuller list the
// shop and its collections (each page committed with its sync state through the applier), and
// reports progress and the result. Lives on whichever thread owns `db`'s connection; the GUI
// runs it on a worker thread, the CLI on its main thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString kind; // SiteConnector::id(); empty: Yutang's site API
        QString siteAddress;
        QByteArray token; // the kind's secret as the keychain holds it (SiteConnection::secret)
        bool full = false;
        int pageLimit = 0; // records per page; 0: the kind's default
        // Parts or requests listed side by side; 0: the kind decides (Yutang: split only when
        // the site is far, its /shop answer taking 15 ms or more; near a site the store sets the
        // pace, and one chain per collection writes in index order, which is quicker).
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
    // Work a sync ends with, before its result is given, while the team lock is still held
    // (analytics of the records a completed full listing deleted). A finisher that fails turns a
    // successful sync into a failed one (Failure::Store) with the message it sets: the panes
    // would otherwise show stale figures as if they were current.
    using Finisher = std::function<bool(QString *message)>;
    void addFinisher(Finisher finisher) { m_finishers.append(std::move(finisher)); }

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
    void startPuller();
    void emitProgress();
    // A store failure's `error` is worded as the fault it is (StoreFault) unless `described`.
    void finish(SyncResult::Status status, SyncResult::Failure failure, const QString &error,
                bool described = false);

    Database &m_db;
    std::unique_ptr<PageApplier> m_applier;
    QList<Finisher> m_finishers;
    std::unique_ptr<SitePuller> m_puller;
    std::unique_ptr<SyncLock>
        m_lock; // held for the whole sync (team stores: one desktop at a time)
    Options m_options;
    SyncProgress m_progress;
    QString m_lockHolder;
    QElapsedTimer m_progressThrottle;
    QElapsedTimer m_lockWait; // valid while waiting for another desktop's sync to end
    QTimer m_lockPoll;
    bool m_running = false;
};
