#pragma once

#include "sync/SyncTypes.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

class Database;
class StoreChangeNotifier;
class SyncWorker;

// Runs SyncEngine on a worker thread with its own store connection. The GUI asks it to sync or
// cancel; it relays progress and the result, and says when the panes should reload.
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(const Database &db, QObject *parent = nullptr);
    ~SyncController() override;

    // Where to sync from and the kind of site it is (SiteConnector::id(); empty: Yutang's site
    // API). The secret stays in memory (read from the keychain, or the demo's token).
    void setSite(const QString &siteAddress, const QByteArray &token, const QString &kind = {});
    QString siteAddress() const { return m_siteAddress; }
    QString kind() const { return m_kind; }
    bool hasSite() const { return !m_siteAddress.isEmpty(); }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void syncNow();
    void fullResync();
    void cancel();

Q_SIGNALS:
    void started(bool full);
    void progressChanged(const SyncProgress &progress);
    void message(const QString &text);
    void finished(const SyncResult &result);
    // After every sync that wrote something (also a failed or cancelled one: pages are committed).
    void storeChanged();

private:
    void start(bool full);
    void workerFinished(const SyncResult &result);
    // Team stores: another desktop's sync (lock watch) and its end (change notifications).
    void watchOtherDesktops(const Database &db);
    void checkRemoteSync();
    void storeChangedElsewhere(const QString &origin, bool fromThisProcess);

    const Database &m_db;
    QThread m_thread;
    StoreChangeNotifier *m_changes = nullptr;
    QTimer m_lockWatch;
    bool m_remoteSyncShown = false;
    SyncWorker *m_worker;
    QString m_kind;
    QString m_siteAddress;
    QByteArray m_token;
    bool m_running = false;
};
