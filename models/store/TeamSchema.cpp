#include "store/SchemaSteps.h"

// Team mode: several desktops on one store (PostgreSQL).
// - sync_lock: one row naming the desktop that holds the sync lock and since when. PostgreSQL's
//   advisory lock is the lock itself; the row, written while holding it, is only what the other
//   desktops show ("syncing on <host>"). host is NULL when nobody syncs.
// - store_changes: one row whose counter grows after every sync, for desktops that poll (SQLite,
//   or a server whose notifications do not reach them); PostgreSQL also sends a NOTIFY.
QList<Migrations::Step> SchemaSteps::team()
{
    QList<Migrations::Step> steps;
    steps.append({60,
                  {
                      QStringLiteral("CREATE TABLE sync_lock (id INTEGER PRIMARY KEY, host TEXT, "
                                     "pid BIGINT, started_at BIGINT)"),
                      QStringLiteral("INSERT INTO sync_lock (id) VALUES (1)"),
                      QStringLiteral("CREATE TABLE store_changes (id INTEGER PRIMARY KEY, "
                                     "counter BIGINT NOT NULL, changed_at BIGINT, origin TEXT)"),
                      QStringLiteral("INSERT INTO store_changes (id, counter) VALUES (1, 0)"),
                  }});
    return steps;
}
