#pragma once

#include <QString>

class Database;

// A first sync loads hundreds of thousands of sessions and events into empty tables. Keeping
// their secondary indexes up to date row by row costs more than building each once at the end
// from the loaded rows, as any bulk load does (PostgreSQL's "Populating a Database"). The indexes
// dropped are recorded in the store (deferred_indexes) in the same transaction, so a store left by
// a killed sync knows what to build: the sync's end builds them, or else the store's next opening.
class DeferredIndexes
{
public:
    // Drops the secondary (non-unique) indexes of `table` if it holds no row yet; call inside the
    // transaction that loads the table's first rows. Unique ones stay: upserts need them.
    // `empty`: whether it held no row (the load is a bulk one).
    static bool deferIfEmpty(Database &db, const QString &table, bool *empty, QString *error);
    // Builds every deferred index again (none: nothing to do). One that fails stays noted, and
    // the error names it; the others are built. Having built any, it analyses a PostgreSQL store
    // once: a bulk load leaves its planner statistics (PlannerStatistics) for this moment.
    static bool restore(Database &db, QString *error);
    // Whether indexes wait to be built (false when that cannot be read).
    static bool pending(Database &db);
};
