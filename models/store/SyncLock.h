#pragma once

#include <QDateTime>
#include <QString>

class Database;

// Only one desktop syncs a shared store at a time. On PostgreSQL this is a session-level advisory
// lock taken on the sync's own connection and held for the whole sync (a crashed desktop's lock
// goes with its connection); the holder's host and start time go into the sync_lock row so the
// others can say "syncing on <host>". On SQLite (one desktop per file) the lock always succeeds
// and only the row is written.
class SyncLock
{
public:
    struct Holder
    {
        QString host;
        qint64 pid = 0;
        QDateTime startedAt; // UTC
        bool isValid() const { return !host.isEmpty(); }
    };
    enum class Outcome { Acquired, HeldElsewhere, Error };

    explicit SyncLock(Database &db);
    ~SyncLock(); // releases
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    // On HeldElsewhere, *holder says who (as far as the row tells).
    Outcome tryAcquire(Holder *holder, QString *error);
    void release();
    bool isHeld() const { return m_held; }

    // The holder recorded in the store (empty when nobody syncs); readable from any connection.
    static Holder currentHolder(const Database &db);
    // Whether some connection (another desktop) holds the lock right now: the advisory lock
    // itself, so a stale row left by a crashed desktop does not count. Always false on SQLite.
    static bool isHeldByAnyone(const Database &db);
    // The advisory lock key: the same for every desktop on one database.
    static qint64 key(const Database &db);
    static QString thisHost();

private:
    Database &m_db;
    bool m_held = false;
};
