#include "store/SchemaSteps.h"

// Sync bookkeeping added after the first release (sync_state itself is in the core step).
QList<Migrations::Step> SchemaSteps::sync()
{
    QList<Migrations::Step> steps;
    // A full listing split into parts the site lists side by side (GET /partitions/{collection}):
    // each part's next cursor, committed with each of its pages like sync_state.cursor, so a killed
    // sync resumes every part where it stopped. done: the part's last page is stored.
    steps.append(
        {80,
         {
             QStringLiteral("CREATE TABLE sync_partitions (collection TEXT NOT NULL, "
                            "part INTEGER NOT NULL, cursor TEXT, "
                            "done INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (collection, part))"),
         }});
    // Which kind of site the shop is (SiteKinds: "yutang", "woocommerce"); NULL in stores made
    // before kinds existed, which are Yutang's. Panes read it to say what a kind cannot supply.
    steps.append({81, {QStringLiteral("ALTER TABLE shop ADD COLUMN kind TEXT")}});
    // The currency's decimals (minor units per major unit = 10^decimals), as the site says.
    steps.append({82,
                  {QStringLiteral("ALTER TABLE shop ADD COLUMN currency_decimals INTEGER NOT NULL "
                                  "DEFAULT 2")}});
    // Secondary indexes a first sync dropped to build them once its rows are in
    // (DeferredIndexes), with the statement that builds each again.
    steps.append({83,
                  {QStringLiteral("CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, "
                                  "definition TEXT NOT NULL)")}});
    return steps;
}
