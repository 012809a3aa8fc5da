#include "store/SchemaSteps.h"

// Traffic analytics derived at sync time (models/analytics/TrafficObserver):
// - sessions gain their classification, their shop-local day (yyyymmdd, computed in C++ from the
//   shop's zone) and per-session facts (first visit of the visitor, ordered funnel depth, paid
//   orders) so that a day's aggregates are one indexed GROUP BY over that day's sessions;
// - traffic_daily / traffic_keywords_daily: per (shop day, channel, source[, keyword]) figures;
// - traffic_keywords_spans: the keyword figures summed per part of a month and per month;
// - visitor_lifecycle: each visitor's loop step, and lifecycle_daily per acquisition day.
// Panes read only the aggregate tables.
QList<Migrations::Step> SchemaSteps::traffic()
{
    QList<Migrations::Step> steps;
    steps.append(
        {2,
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN day INTEGER"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN channel TEXT"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN source TEXT"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN keyword TEXT"),
             QStringLiteral(
                 "ALTER TABLE sessions ADD COLUMN new_visitor INTEGER NOT NULL DEFAULT 0"),
             // 0 none, 1 viewed a product, 2 + added to cart, 3 + began checkout, 4 + purchased
             QStringLiteral(
                 "ALTER TABLE sessions ADD COLUMN funnel_step INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(
                 "ALTER TABLE sessions ADD COLUMN registered INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(
                 "ALTER TABLE sessions ADD COLUMN paid_orders INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN revenue BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX sessions_day ON sessions (day)"),
             QStringLiteral("CREATE INDEX sessions_customer ON sessions (customer_id)"),
             QStringLiteral("CREATE INDEX events_customer ON events (customer_id)"),
             QStringLiteral(
                 "CREATE TABLE traffic_daily (day INTEGER NOT NULL, channel TEXT NOT NULL, "
                 "source TEXT NOT NULL, sessions BIGINT NOT NULL, visitors BIGINT NOT NULL, "
                 "new_visitors BIGINT NOT NULL, registrations BIGINT NOT NULL, "
                 "orders BIGINT NOT NULL, revenue BIGINT NOT NULL, viewed BIGINT NOT NULL, "
                 "carted BIGINT NOT NULL, checked_out BIGINT NOT NULL, purchased BIGINT NOT NULL, "
                 "PRIMARY KEY (day, channel, source))"),
             QStringLiteral("CREATE INDEX traffic_daily_channel ON traffic_daily (channel, day)"),
             QStringLiteral(
                 "CREATE TABLE traffic_keywords_daily (day INTEGER NOT NULL, channel TEXT NOT "
                 "NULL, "
                 "source TEXT NOT NULL, keyword TEXT NOT NULL, sessions BIGINT NOT NULL, "
                 "visitors BIGINT NOT NULL, new_visitors BIGINT NOT NULL, "
                 "registrations BIGINT NOT NULL, orders BIGINT NOT NULL, revenue BIGINT NOT NULL, "
                 "PRIMARY KEY (day, channel, source, keyword))"),
             QStringLiteral("CREATE TABLE visitor_lifecycle (visitor_id TEXT PRIMARY KEY, "
                            "first_day INTEGER NOT NULL, first_at BIGINT NOT NULL, "
                            "channel TEXT NOT NULL, source TEXT NOT NULL, step INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX visitor_lifecycle_day ON visitor_lifecycle (first_day)"),
             QStringLiteral(
                 "CREATE TABLE lifecycle_daily (day INTEGER NOT NULL, channel TEXT NOT NULL, "
                 "source TEXT NOT NULL, step INTEGER NOT NULL, visitors BIGINT NOT NULL, "
                 "PRIMARY KEY (day, channel, source, step))"),
         }});
    // The drill-down loads one source's keywords when it is opened.
    steps.append({3,
                  {QStringLiteral("CREATE INDEX traffic_keywords_source ON traffic_keywords_daily "
                                  "(channel, source, day)")}});
    // The lifecycle funnel sums one year of acquisition days (tens of thousands of rows) from
    // this index alone, without visiting the table.
    steps.append({4,
                  {QStringLiteral("CREATE INDEX lifecycle_daily_steps ON lifecycle_daily "
                                  "(day, channel, step, visitors)")}});
    // Days whose aggregates pages have touched but which are not rebuilt yet: written in each
    // page's transaction, rebuilt once when a listing completes (rebuilding a whole day per page
    // made big syncs quadratic), so a killed sync leaves them for the next one to finish.
    steps.append({5,
                  {QStringLiteral("CREATE TABLE traffic_dirty_days (day INTEGER NOT NULL, "
                                  "aggregate TEXT NOT NULL, PRIMARY KEY (day, aggregate))")}});
    // The SEO table summed a year of traffic_keywords_daily (125k rows in bench_traffic) per
    // redraw; these are the same sums per part of a month (span 7: days 1-7, 8-14, 15-21, 22-28,
    // 29-end, first_day the part's first day) and per month (span 31, first_day the 1st); see
    // analytics/KeywordSpans. Visitors stay per-day distinct counts added up, like every traffic
    // table. The existing daily rows are rolled up here, in the step's transaction;
    // TrafficAggregates keeps the spans of rebuilt days from then on. The daily rows still read (at
    // most 12 days at a range's ends) are found by (channel, day): with only (channel, source, day)
    // SQLite read every day of the search channels for them.
    steps.append(
        {6,
         {
             QStringLiteral(
                 "CREATE TABLE traffic_keywords_spans (span INTEGER NOT NULL, "
                 "first_day INTEGER NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL, "
                 "keyword TEXT NOT NULL, sessions BIGINT NOT NULL, visitors BIGINT NOT NULL, "
                 "new_visitors BIGINT NOT NULL, registrations BIGINT NOT NULL, "
                 "orders BIGINT NOT NULL, revenue BIGINT NOT NULL, "
                 "PRIMARY KEY (span, first_day, channel, source, keyword))"),
             QStringLiteral(
                 "INSERT INTO traffic_keywords_spans (span, first_day, channel, source, keyword, "
                 "sessions, visitors, new_visitors, registrations, orders, revenue) "
                 "SELECT 7, day - (day % 100 - 1) % 7, channel, source, keyword, SUM(sessions), "
                 "SUM(visitors), SUM(new_visitors), SUM(registrations), SUM(orders), "
                 "SUM(revenue) FROM traffic_keywords_daily "
                 "GROUP BY day - (day % 100 - 1) % 7, channel, source, keyword"),
             QStringLiteral(
                 "INSERT INTO traffic_keywords_spans (span, first_day, channel, source, keyword, "
                 "sessions, visitors, new_visitors, registrations, orders, revenue) "
                 "SELECT 31, first_day - first_day % 100 + 1, channel, source, keyword, "
                 "SUM(sessions), SUM(visitors), SUM(new_visitors), SUM(registrations), "
                 "SUM(orders), SUM(revenue) FROM traffic_keywords_spans WHERE span = 7 "
                 "GROUP BY first_day - first_day % 100 + 1, channel, source, keyword"),
             QStringLiteral("CREATE INDEX traffic_keywords_channel ON traffic_keywords_daily "
                            "(channel, day)"),
         }});
    // Sessions made from a platform's record of the visit that bought (WooCommerce's Order
    // Attribution) rather than from a visit log: the platform's own verdict (source_type), which
    // the classifier honours where the URLs alone cannot tell (an order keyed in by staff).
    steps.append({7, {QStringLiteral("ALTER TABLE sessions ADD COLUMN attribution TEXT")}});
    // Page views that are not a product's (view_page: the page's path) and the shop's own search
    // (search: the query): what a visit did before, or instead of, viewing a product.
    steps.append({8,
                  {QStringLiteral("ALTER TABLE events ADD COLUMN page TEXT"),
                   QStringLiteral("ALTER TABLE events ADD COLUMN query TEXT")}});
    // A first sync writes every session twice: stored with its day and source, then given its
    // facts at the end, in columns no index holds. PostgreSQL writes that new version on the
    // same page without touching the five indexes (a HOT update) only if the page has room:
    // half of each page is left for it. The dead versions would take as much room elsewhere.
    steps.append({9, {QStringLiteral("{POSTGRES}ALTER TABLE sessions SET (fillfactor = 50)")}});
    // No query reads events by their time alone (the funnel and the loop read a session's), and
    // every stored event paid for this index: events are most of what a sync stores.
    steps.append({10, {QStringLiteral("DROP INDEX IF EXISTS events_at")}});
    return steps;
}
