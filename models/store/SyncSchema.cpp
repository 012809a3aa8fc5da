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
    return steps;
}
