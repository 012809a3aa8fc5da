#pragma once

class Database;
class SyncEngine;

// Installs the analytics that follow every sync (traffic classification and aggregates, the
// customers' figures) on a sync engine; SyncSession installs them on every sync it runs, GUI or
// CLI. Sessions stored before the traffic schema existed are derived here first.
namespace AnalyticsObservers {
void install(SyncEngine &engine, Database &db);
} // namespace AnalyticsObservers
