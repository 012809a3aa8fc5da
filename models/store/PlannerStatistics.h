#pragma once

#include <QString>

class Database;

// Keeps PostgreSQL's planner statistics in step with a store that grows fast. A first sync fills
// empty tables page by page; until autovacuum gets round to them, the planner believes they are
// still small and joins a page's keys by scanning whole tables (0.25 s a statement at 200,000
// sessions instead of 30 ms). So the store is analysed each time it has doubled since the last
// time: a dozen times in a sync of a million records, each well under a second. A first sync
// that loads empty tables in bulk (DeferredIndexes) reads nothing back by them until its end, so
// it is analysed once then instead (PageApplier). SQLite's planner needs no statistics for these
// statements; there it does nothing.
class PlannerStatistics
{
public:
    explicit PlannerStatistics(Database &db);

    // Notes `rows` written (after they are committed) and analyses the store if it has doubled.
    bool rowsWritten(qint64 rows, QString *error);
    // Analyses the store's own tables: a bare ANALYZE would also try the catalogs shared by the
    // server's databases, and warn about each one a role that does not own them may not analyse.
    static bool analyzeStore(Database &db, QString *error);

private:
    Database &m_db;
    bool m_enabled;
    qint64 m_rowsAtLastAnalyze = -1; // -1: not read yet
    qint64 m_writtenSince = 0;
};
