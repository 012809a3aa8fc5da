#pragma once

#include <QSet>

class Database;

// Rebuilds traffic_daily and traffic_keywords_daily for given shop days from the sessions' stored
// facts: one indexed GROUP BY per day, so a page only costs the days it touched.
namespace TrafficAggregates {
bool rebuildDays(Database &db, const QSet<int> &days, QString *error);
// Every day that has sessions (after a reclassification or a migration).
bool rebuildAll(Database &db, QString *error);
} // namespace TrafficAggregates
