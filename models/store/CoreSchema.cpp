#include "store/SchemaSteps.h"

// Timestamps are UTC epoch milliseconds (BIGINT); "days" are derived in the shop's time zone.
// Money is BIGINT minor units. listing_gen marks which full listing last saw a record, so the
// end of a completed full listing can delete what it did not contain.
QList<Migrations::Step> SchemaSteps::core()
{
    QList<Migrations::Step> steps;
    steps.append({1,
                  {
                      QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                      QStringLiteral("CREATE TABLE shop (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                                     "currency TEXT NOT NULL, timezone TEXT NOT NULL, "
                                     "rates_bp TEXT NOT NULL, fetched_at BIGINT NOT NULL)"),
                      QStringLiteral(
                          "CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT, title TEXT NOT NULL, "
                          "category TEXT, price BIGINT NOT NULL, stock BIGINT NOT NULL, "
                          "status TEXT NOT NULL, updated_at BIGINT NOT NULL, version BIGINT NOT NULL, "
                          "listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, nickname TEXT, "
                                     "registered_at BIGINT NOT NULL, referrer_id TEXT, "
                                     "wechat_followed INTEGER NOT NULL, updated_at BIGINT NOT NULL, "
                                     "listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE INDEX customers_referrer ON customers (referrer_id)"),
                      QStringLiteral("CREATE INDEX customers_registered ON customers (registered_at)"),
                      QStringLiteral(
                          "CREATE TABLE orders (id TEXT PRIMARY KEY, number TEXT NOT NULL, "
                          "customer_id TEXT, session_id TEXT, status TEXT NOT NULL, "
                          "created_at BIGINT NOT NULL, paid_at BIGINT, total BIGINT NOT NULL, "
                          "carrier TEXT, tracking_number TEXT, updated_at BIGINT NOT NULL, "
                          "version BIGINT NOT NULL, listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE INDEX orders_created ON orders (created_at)"),
                      QStringLiteral("CREATE INDEX orders_status_created ON orders (status, created_at)"),
                      QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id)"),
                      QStringLiteral("CREATE INDEX orders_number ON orders (number)"),
                      QStringLiteral("CREATE INDEX orders_session ON orders (session_id)"),
                      QStringLiteral("CREATE INDEX orders_total ON orders (total)"),
                      QStringLiteral(
                          "CREATE TABLE order_items (order_id TEXT NOT NULL REFERENCES orders (id) "
                          "ON DELETE CASCADE, line INTEGER NOT NULL, product_id TEXT, title TEXT, "
                          "quantity BIGINT NOT NULL, unit_price BIGINT NOT NULL, "
                          "PRIMARY KEY (order_id, line))"),
                      QStringLiteral("CREATE INDEX order_items_product ON order_items (product_id)"),
                      QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, visitor_id TEXT NOT NULL, "
                                     "customer_id TEXT, started_at BIGINT NOT NULL, landing_url TEXT, "
                                     "referrer_url TEXT, user_agent TEXT, "
                                     "listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE INDEX sessions_started ON sessions (started_at)"),
                      QStringLiteral("CREATE INDEX sessions_visitor ON sessions (visitor_id)"),
                      QStringLiteral("CREATE TABLE events (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, "
                                     "type TEXT NOT NULL, at BIGINT NOT NULL, product_id TEXT, "
                                     "order_id TEXT, customer_id TEXT, share_target TEXT, "
                                     "listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE INDEX events_session ON events (session_id)"),
                      QStringLiteral("CREATE INDEX events_at ON events (at)"),
                      QStringLiteral(
                          "CREATE TABLE commissions (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, "
                          "beneficiary_id TEXT NOT NULL, level INTEGER NOT NULL, amount BIGINT NOT NULL, "
                          "status TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
                          "listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE INDEX commissions_order ON commissions (order_id)"),
                      QStringLiteral("CREATE INDEX commissions_beneficiary ON commissions (beneficiary_id)"),
                      // Per collection: the token of the last completed listing, and the cursor of
                      // the listing in progress (committed with each page, so a killed sync resumes).
                      QStringLiteral("CREATE TABLE sync_state (collection TEXT PRIMARY KEY, "
                                     "sync_token TEXT, base_token TEXT, cursor TEXT, "
                                     "in_listing INTEGER NOT NULL DEFAULT 0, "
                                     "full_listing INTEGER NOT NULL DEFAULT 0, "
                                     "listing_gen BIGINT NOT NULL DEFAULT 0, last_synced_at BIGINT)"),
                      // Records a site sent that could not be stored, with the reason and raw JSON.
                      QStringLiteral("CREATE TABLE quarantine (id {AUTOINC}, collection TEXT NOT NULL, "
                                     "record_id TEXT, reason TEXT NOT NULL, raw_json TEXT NOT NULL, "
                                     "received_at BIGINT NOT NULL, "
                                     "listing_gen BIGINT NOT NULL DEFAULT 0)"),
                      QStringLiteral("CREATE INDEX quarantine_record ON quarantine (collection, record_id)"),
                  }});
    return steps;
}
