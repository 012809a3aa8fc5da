#pragma once

#include <QHash>
#include <QString>

class Database;
class PreparedQueries;

// The cohort tables (cohort_sizes, cohort_cells) follow each rebuilt customer by difference:
// what the customer's old row gave is taken away and what the new one gives is added, then
// applied in two statements. cohort_cells.members counts the customers behind a cell, so a cell
// goes when its last one does. Rebuilding whole cohorts cost a daily sync of a big shop seconds:
// a day's buyers touch nearly every cohort.
class CohortDeltas
{
public:
    // `sign` +1 for a new row's share, -1 for an old row's. `offset` -1: the customer counts in
    // the cohort's size; else their paid orders and revenue in that period after their first.
    void add(int sign, int unit, int cohort, const QString &channel, int offset, qint64 orders,
             qint64 revenue);
    void clear() { m_deltas.clear(); }
    // Adds the differences to the tables and drops what no customer stands behind any more.
    bool apply(Database &db, PreparedQueries &queries, QString *error);

private:
    struct Delta
    {
        int unit = 0, cohort = 0, offset = 0;
        QString channel;
        qint64 buyers = 0, revenue = 0, members = 0;
    };
    QHash<QString, Delta> m_deltas; // by "unit|cohort|channel|offset"
};
