#include "store/SchemaSteps.h"

// Customers, cohorts and the referral economy, derived at sync time (customers/CustomerDerivation)
// from customers, orders, commissions and the visitors' first visits. Panes and exports read only
// these tables:
// - customer_stats: one row per customer: the name shown (nickname, else id; step 41), paid orders,
// spending, refunds, acquisition channel and
//   source (of the first visit on record), inviters up to three levels with their registration
//   day and channel (so the referral economy credits an invitee's orders to the nearest inviter
//   counted, in one scan), invitees per level and commissions;
// - customer_daily (step 41): the customers' own figures per registration day, channel, source;
// - customer_periods: each buyer's paid orders and revenue per month (unit 1) and week (unit 7)
//   after their first paid order's;
// - cohort_sizes / cohort_cells: the cohort matrices per unit, cohort and acquisition channel;
// - customer_dirty: customers whose rows pages have touched since the last rebuild (persisted, so
//   a killed sync leaves them for the next one).
// Days are shop-local yyyymmdd, months yyyymm, weeks the yyyymmdd of their Monday.
QList<Migrations::Step> SchemaSteps::referrals()
{
    QList<Migrations::Step> steps;
    steps.append(
        {40,
         {
             QStringLiteral(
                 "CREATE TABLE customer_stats (customer_id TEXT PRIMARY KEY, "
                 "registered_day INTEGER NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL, "
                 "first_paid_at BIGINT, last_paid_at BIGINT, cohort_month INTEGER, "
                 "cohort_week INTEGER, paid_orders BIGINT NOT NULL, spent BIGINT NOT NULL, "
                 "refunded_orders BIGINT NOT NULL, refunded BIGINT NOT NULL, "
                 "orders_seen BIGINT NOT NULL, commissions_seen BIGINT NOT NULL, "
                 "invitees1 BIGINT NOT NULL, invitees2 BIGINT NOT NULL, "
                 "invitees3 BIGINT NOT NULL, commission_earned BIGINT NOT NULL, "
                 "commission_on_orders BIGINT NOT NULL, "
                 "inviter1 TEXT, inviter1_day INTEGER, inviter1_channel TEXT, "
                 "inviter1_source TEXT, inviter2 TEXT, inviter2_day INTEGER, "
                 "inviter2_channel TEXT, inviter2_source TEXT, inviter3 TEXT, "
                 "inviter3_day INTEGER, inviter3_channel TEXT, inviter3_source TEXT)"),
             QStringLiteral("CREATE INDEX customer_stats_registered ON customer_stats "
                            "(registered_day)"),
             QStringLiteral("CREATE INDEX customer_stats_cohort_month ON customer_stats "
                            "(cohort_month, channel)"),
             QStringLiteral("CREATE INDEX customer_stats_cohort_week ON customer_stats "
                            "(cohort_week, channel)"),
             QStringLiteral("CREATE INDEX customer_stats_inviter ON customer_stats (inviter1)"),
             // The Customers pane sorts 100,000 rows by these without a full sort.
             QStringLiteral("CREATE INDEX customer_stats_spent ON customer_stats "
                            "(spent, customer_id)"),
             QStringLiteral("CREATE INDEX customer_stats_last_paid ON customer_stats "
                            "(last_paid_at, customer_id)"),
             QStringLiteral("CREATE INDEX customer_stats_paid_orders ON customer_stats "
                            "(paid_orders, customer_id)"),
             QStringLiteral("CREATE TABLE customer_periods (customer_id TEXT NOT NULL, "
                            "unit INTEGER NOT NULL, period_offset INTEGER NOT NULL, "
                            "orders BIGINT NOT NULL, revenue BIGINT NOT NULL, "
                            "PRIMARY KEY (customer_id, unit, period_offset))"),
             QStringLiteral("CREATE TABLE cohort_sizes (unit INTEGER NOT NULL, "
                            "cohort INTEGER NOT NULL, channel TEXT NOT NULL, "
                            "customers BIGINT NOT NULL, PRIMARY KEY (unit, cohort, channel))"),
             // buyers: customers of the cohort who bought again in the period (in period 0: a
             // second paid order; after it: any paid order); revenue: all their paid orders'.
             QStringLiteral("CREATE TABLE cohort_cells (unit INTEGER NOT NULL, "
                            "cohort INTEGER NOT NULL, channel TEXT NOT NULL, "
                            "period_offset INTEGER NOT NULL, buyers BIGINT NOT NULL, "
                            "revenue BIGINT NOT NULL, "
                            "PRIMARY KEY (unit, cohort, channel, period_offset))"),
             QStringLiteral("CREATE TABLE customer_dirty (customer_id TEXT PRIMARY KEY)"),
         }});
    // The Customers pane sorts by name (the nickname, else the id) through an index, like the
    // other sorts: ORDER BY over the joined customers table sorted all 100,000 rows per click.
    steps.append(
        {41,
         {
             QStringLiteral("ALTER TABLE customer_stats ADD COLUMN name TEXT"),
             QStringLiteral("UPDATE customer_stats SET name = (SELECT COALESCE(c.nickname, c.id) "
                            "FROM customers c WHERE c.id = customer_stats.customer_id)"),
             QStringLiteral("CREATE INDEX customer_stats_name ON customer_stats "
                            "(name, customer_id)"),
             // The referral economy of a date range: the customers' own figures summed per
             // registration day, channel and source (rebuilt with the days' customers), and the
             // invitees credited to an inviter in the range found by the inviter's day.
             QStringLiteral(
                 "CREATE TABLE customer_daily (day INTEGER NOT NULL, channel TEXT NOT NULL, "
                 "source TEXT NOT NULL, customers BIGINT NOT NULL, inviters BIGINT NOT NULL, "
                 "invitees1 BIGINT NOT NULL, invitees2 BIGINT NOT NULL, "
                 "invitees3 BIGINT NOT NULL, spent BIGINT NOT NULL, "
                 "commission_on_orders BIGINT NOT NULL, PRIMARY KEY (day, channel, source))"),
             QStringLiteral(
                 "INSERT INTO customer_daily (day, channel, source, customers, inviters, "
                 "invitees1, invitees2, invitees3, spent, commission_on_orders) SELECT "
                 "registered_day, channel, source, COUNT(*), SUM(CASE WHEN invitees1 > 0 THEN 1 "
                 "ELSE 0 END), SUM(invitees1), SUM(invitees2), SUM(invitees3), SUM(spent), "
                 "SUM(commission_on_orders) FROM customer_stats GROUP BY registered_day, "
                 "channel, source"),
             QStringLiteral("CREATE INDEX customer_stats_inviter1_day ON customer_stats "
                            "(inviter1_day)"),
             QStringLiteral("CREATE INDEX customer_stats_inviter2_day ON customer_stats "
                            "(inviter2_day)"),
             QStringLiteral("CREATE INDEX customer_stats_inviter3_day ON customer_stats "
                            "(inviter3_day)"),
         }});
    // Cohort cells kept by difference need to know how many customers stand behind each; pages
    // of orders and commissions need not reach the customers around their own (links = 0). The
    // derived tables are emptied: the next sync derives them again, with the counts.
    steps.append({42,
                  {
                      QStringLiteral("ALTER TABLE cohort_cells ADD COLUMN members BIGINT NOT "
                                     "NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE customer_dirty ADD COLUMN links INTEGER NOT "
                                     "NULL DEFAULT 1"),
                      QStringLiteral("DELETE FROM cohort_cells"),
                      QStringLiteral("DELETE FROM cohort_sizes"),
                      QStringLiteral("DELETE FROM customer_periods"),
                      QStringLiteral("DELETE FROM customer_stats"),
                      QStringLiteral("DELETE FROM customer_daily"),
                  }});
    return steps;
}
