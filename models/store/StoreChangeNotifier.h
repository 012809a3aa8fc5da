#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Tells a desktop that another connection changed the store (a sync finished, here or on another
// desktop), so the panes reload without a restart. On PostgreSQL it LISTENs on a channel that
// announce() NOTIFYs; elsewhere (SQLite, or when the subscription fails) it polls the
// store_changes counter that announce() bumps.
class StoreChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 2000;

    // `db` must outlive the notifier and belong to this thread (the GUI's connection).
    explicit StoreChangeNotifier(const Database &db, QObject *parent = nullptr,
                                 int pollMs = kDefaultPollMs);
    ~StoreChangeNotifier() override;

    bool isListening() const { return m_listening; } // false: polling
    // How many times the store was looked at while polling (tests wait on it, not on time).
    int pollCount() const { return m_polls; }
    // Called by the writer after a committed change (SyncEngine after every sync).
    static bool announce(Database &db);
    // Who this process is in announcements: "<host>:<pid>".
    static QString thisOrigin();
    static QString channel();

Q_SIGNALS:
    // fromThisProcess: the change came from this process (its own sync thread), which already
    // knows about it.
    void changed(const QString &origin, bool fromThisProcess);

private:
    void poll();
    qint64 readCounter(QString *origin) const;

    const Database &m_db;
    QTimer m_poll;
    qint64 m_lastCounter = -1;
    bool m_listening = false;
    int m_polls = 0;
};
