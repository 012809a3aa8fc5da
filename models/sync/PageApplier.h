#pragma once

#include "store/PlannerStatistics.h"
#include "store/PostgresCopy.h"
#include "store/SqlDialect.h"
#include "sync/ParsedPage.h"
#include "sync/SyncState.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>
#include <memory>

class Database;
class JsonRows;
class RowWriter;

// Writes one parsed page and the collection's new sync state in a single transaction: either
// both land or neither does, which is what makes a killed sync resume with no gap or duplicate.
// A kind of site with small pages may group several pages in one transaction (each page a
// savepoint, so a page that fails leaves the earlier ones to be committed): every page still
// carries its state, so whatever is committed is consistent.
class PageApplier
{
public:
    explicit PageApplier(Database &db);
    ~PageApplier();

    // `state` is the state after this page (cursor advanced, or listing completed).
    // When the page completes a full listing, records it did not contain are deleted.
    // With more than one page per commit the page may stay pending: see commitPending().
    bool apply(const ParsedPage &page, const SyncState &state, bool completesFullListing,
               QString *error);

    // Pages applied but not yet committed are committed once there are `pages` of them, when a
    // page ends its listing (no next cursor), or by commitPending(). 1 (the default) commits
    // every page at once.
    void setPagesPerCommit(int pages) { m_pagesPerCommit = std::max(1, pages); }
    bool hasPending() const { return m_pendingPages > 0; }

    // The first page of sessions or events into an empty table drops the table's secondary
    // indexes, to be built once the sync ends (DeferredIndexes). Only for a sync whose observers
    // read nothing back by those indexes until then (a deferred first-sync derivation).
    void setDefersIndexesOfEmptyTables(bool defers) { m_defersIndexes = defers; }
    // A new sync starts: what the applier learnt of the tables in the last one (which were
    // empty, which met a stored row) no longer holds.
    void beginSync();
    bool commitPending(QString *error);

    // Hook for derived data kept in step with the raw tables (classification, aggregates):
    // called inside the page's transaction.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        // Before the page's records replace the stored ones, in the same transaction: what
        // depended on the stored versions (a commission's beneficiary before it changes).
        virtual bool pageApplying(Database &db, const ParsedPage &page, QString *error)
        {
            Q_UNUSED(db);
            Q_UNUSED(page);
            Q_UNUSED(error);
            return true;
        }
        // Columns stamped on each session as it is first stored, computed from the record alone
        // (its shop day and traffic source): derived data that needs no other record need not be
        // written twice. A repeat of a stored session keeps its stamp, unless the first of these
        // columns is still null. The first observer with columns stamps.
        virtual QList<SqlDialect::JsonColumn> sessionStamp() const { return {}; }
        // Adds this session's values for sessionStamp()'s columns to the row being written.
        virtual void stampSession(const SessionRecord &session, RowWriter *row)
        {
            Q_UNUSED(session);
            Q_UNUSED(row);
        }
        virtual bool pageApplied(Database &db, const ParsedPage &page, QString *error) = 0;
        // Before records of `c` are deleted, in the same transaction: the rows of its table
        // (aliased r) matching `rowFilter`, whose one placeholder takes `bind`.
        virtual bool recordsDeleting(Database &db, Collection c, const QString &rowFilter,
                                     const QVariant &bind, QString *error)
        {
            Q_UNUSED(db);
            Q_UNUSED(c);
            Q_UNUSED(rowFilter);
            Q_UNUSED(bind);
            Q_UNUSED(error);
            return true;
        }
    };
    void addObserver(Observer *observer) { m_observers.append(observer); }

private:
    QSqlQuery &prepared(const QString &key, const QString &sql);
    bool upsertAll(const ParsedPage &page, qint64 gen, QString *error);
    // One multi-row "newer wins" upsert of records with distinct ids (first column: id).
    // Rows hold values in CollectionSchema::of(c).columns' order.
    // `stamp`: columns appended to the collection's own (Observer::sessionStamp).
    bool upsertRun(Collection c, const QList<QVariantList> &rows, QString *error,
                   const QList<SqlDialect::JsonColumn> &stamp = {});
    bool upsertJson(Collection c, const JsonRows &rows, QString *error,
                    const QList<SqlDialect::JsonColumn> &stamp = {});
    // Sessions or events, the rows `write` gives (stamp: as for upsertRun): inserted, or
    // upserted once an insert has met a stored row (see the definition).
    bool writeImmutable(Collection c, const std::function<void(RowWriter &)> &write,
                        const QList<SqlDialect::JsonColumn> &stamp, QString *error);
    // Inserts the rows (COPY on PostgreSQL); false, leaving the transaction to be rolled back to
    // a savepoint, when that fails for any reason.
    bool insertRows(Collection c, const std::function<void(RowWriter &)> &write,
                    const QList<SqlDialect::JsonColumn> &stamp);
    static QString queryKey(Collection c, const QList<SqlDialect::JsonColumn> &stamp,
                            const QString &purpose);
    bool applyDeletions(const ParsedPage &page, QString *error);
    bool quarantineAll(const ParsedPage &page, qint64 gen, QString *error);
    bool clearQuarantined(Collection c, const QString &id, QString *error);
    bool finishFullListing(Collection c, qint64 gen, QString *error);
    bool exec(QSqlQuery &q, QString *error);
    bool notifyDeleting(Collection c, const QString &rowFilter, const QVariant &bind,
                        QString *error);
    bool deferIndexesIfFirst(Collection c, QString *error);
    bool execSql(const QString &sql, QString *error);

    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    // Ids with a quarantine entry, per collection.
    QHash<Collection, QSet<QString>> m_quarantinedIds;
    QList<Observer *> m_observers;
    PlannerStatistics m_statistics;
    PostgresCopy m_copy;
    int m_pagesPerCommit = 1;
    bool m_defersIndexes = false;
    QSet<Collection> m_tablesLoaded; // checked for indexes to defer (or not empty)
    bool m_bulkLoading = false;      // a table was empty: its indexes were deferred
    QSet<Collection> m_insertsMetStoredRows; // upserted from then on (see writeImmutable)
    int m_pendingPages = 0;
    qint64 m_pendingRows = 0;
};
