#pragma once

#include "analytics/PreparedQueries.h"
#include "core/ShopCalendar.h"
#include "customers/CohortDeltas.h"
#include "sync/Collection.h"

#include <QHash>
#include <QSet>
#include <QString>

class Database;

// Keeps customer_stats, customer_periods, customer_daily and the cohort tables
// (store/ReferralSchema.cpp) in step with the raw records. Pages only note which customers they
// touched (customer_dirty, in the page's transaction); rebuildDirty() recomputes those customers
// once a sync ends, with the customers whose rows depend on them (inviters and invitees up to three
// levels), and then the cohorts they were and are in.
//
// Definitions (the panes' help text says the same):
// - paid orders: status paid, shipped or completed; a paid order's time is paid_at (created_at
//   when the site sent none); refunds: orders with status refunded, not counted as spent;
// - acquisition: the channel and source of the first visit on record of the customer's visitors
//   (sessions they were logged in to, the session they registered in). When the customer
//   registered before the first synced visit, or no visit is on record, their first visit is not
//   known: channel and source are empty;
// - commission earned: commissions with this customer as beneficiary; commission on orders:
//   commissions booked on this customer's orders; reversed commissions count in neither;
// - inviters 1..3: the referrer, the referrer's referrer, and one more, with their registration
//   day and acquisition; invitees 1..3: customers with this customer as inviter 1, 2 or 3.
// Cohorts: customers by the month (week, Monday first) of their first paid order, shop time.
class CustomerDerivation
{
public:
    explicit CustomerDerivation(Database &db);

    // Notes the customers that records of `c` matching `rowFilter` (SQL over the collection's
    // table, aliased r, with one bind) touch: for a page's records after they are stored, or for
    // records about to be deleted.
    bool noteTouched(Collection c, const QString &rowFilter, const QVariant &bind, QString *error);
    // Recomputes every noted customer and the cohorts involved, in one transaction.
    bool rebuildDirty(QString *error);
    // Whether the stored figures miss customers (a store synced before this schema).
    bool needsFullRebuild(QString *error);
    // Whether the store holds no customer figures at all (a first sync): the sync's end then
    // derives every customer from scratch, so noting the customers a page touched is wasted.
    bool hasNoFigures(bool *none, QString *error);
    // Notes every customer and rebuilds.
    bool rebuildAll(QString *error);

    // After a sync: a full rebuild when needed, else the noted customers.
    static bool bringUpToDate(Database &db, QString *error);

private:
    struct Computed;
    // `pending`: customers to rebuild in later batches; rows naming one of them as an inviter
    // are added to `stale` (their inviter columns are read again once every batch is stored).
    bool rebuildBatch(const QStringList &ids, const QSet<QString> &pending, QSet<QString> *stale,
                      QString *error);
    bool refreshInviters(const QSet<QString> &ids, QString *error);
    // customer_daily of these registration days, from customer_stats.
    bool rebuildDays(const QSet<int> &days, QString *error);
    bool expand(QSet<QString> *ids, QString *error);
    bool exec(QSqlQuery &q, QString *error) { return PreparedQueries::exec(q, error); }
    QSqlQuery &prepared(const QString &sql) { return m_queries.get(sql); }

    Database &m_db;
    PreparedQueries m_queries;
    CohortDeltas m_cohorts;
    // Read once per rebuild: the shop's zone, and the first visit on record (-1: none).
    ShopCalendar m_calendar;
    qint64 m_historyStart = -1;
    QSet<int> m_dirtyDays; // registration days of the rows rebuilt
};
