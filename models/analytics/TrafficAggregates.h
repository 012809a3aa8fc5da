#pragma once

#include <QSet>

class Database;
class TrafficTally;

// Rebuilds traffic_daily and traffic_keywords_daily for given shop days from the sessions' stored
// facts: one indexed GROUP BY per day, so a page only costs the days it touched; then the
// traffic_keywords_spans of the parts of months and the months holding those days, from the
// rebuilt daily rows (see KeywordSpans).
namespace TrafficAggregates {
bool rebuildDays(Database &db, const QSet<int> &days, QString *error);
// Every day that has sessions (after a reclassification or a migration).
bool rebuildAll(Database &db, QString *error);
// Every day, from sums a derivation of every session has made as it went (TrafficTally).
bool replaceAll(Database &db, const TrafficTally &tally, QString *error);
} // namespace TrafficAggregates
