#include "store/SchemaSteps.h"

// The outbox holds local edits until the site has them. An edit is written here (and applied to
// the local record) before anything is sent, so it survives a crash or a restart; its
// idempotency key is made once, when it is queued, so a retry can never apply it twice.
// `state` is ordered by how much attention the entry needs (pending 1 … conflict 5) so that a
// row's badge is MAX(state).
QList<Migrations::Step> SchemaSteps::outbox()
{
    QList<Migrations::Step> steps;
    steps.append(
        {20,
         {
             QStringLiteral("CREATE TABLE outbox (seq {AUTOINC}, kind TEXT NOT NULL, "
                            "record_id TEXT NOT NULL, fields_json TEXT NOT NULL, "
                            "before_json TEXT NOT NULL, base_version BIGINT NOT NULL, "
                            "idempotency_key TEXT NOT NULL UNIQUE, state INTEGER NOT NULL, "
                            "attempts INTEGER NOT NULL DEFAULT 0, error TEXT, "
                            "field_errors_json TEXT, theirs_json TEXT, "
                            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_record ON outbox (kind, record_id)"),
             // Status changes of orders as this store saw them (syncs and local edits).
             QStringLiteral("CREATE TABLE order_status_history (id {AUTOINC}, "
                            "order_id TEXT NOT NULL, status TEXT NOT NULL, at BIGINT NOT NULL, "
                            "source TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX order_status_history_order ON order_status_history "
                            "(order_id, id)"),
         }});
    // The orders pane filters by status and sorts by total (ties by id): without this index a
    // million orders are sorted in full for "paid, by total" (measured in bench/orders).
    steps.append(
        {21, {QStringLiteral("CREATE INDEX orders_status_total ON orders (status, total, id)")}});
    // Which desktop queued an edit: on a shared (team) store, only that desktop's later edits
    // of the same record are re-based after a push; another desktop's edit keeps the version it
    // was based on, so the site answers 412 and the user sees the conflict.
    steps.append({22, {QStringLiteral("ALTER TABLE outbox ADD COLUMN origin TEXT")}});
    return steps;
}
