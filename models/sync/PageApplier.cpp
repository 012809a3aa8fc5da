#include "sync/PageApplier.h"

#include "store/CopyRows.h"
#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "store/JsonRows.h"
#include "sync/CollectionSchema.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The collection's columns, then the stamp's (Observer::sessionStamp), as rows hold them.
QStringList columnsWithStamp(const CollectionSchema &schema,
                             const QList<SqlDialect::JsonColumn> &stamp)
{
    QStringList columns = schema.columns;
    for (const SqlDialect::JsonColumn &c : stamp)
        columns << c.name;
    return columns;
}

// Upsert of the rows of one JsonRows text in which the newer record wins (by `newerColumn`), but
// listing_gen always moves on: a record a full listing contains must survive the listing's
// clean-up even if we already hold a newer copy of it. Immutable records (no newer column) only
// refresh listing_gen. `insertOnly`: a plain insert of the same rows, which fails on a stored one.
QString upsertSql(const Database &db, const CollectionSchema &schema,
                  const QList<SqlDialect::JsonColumn> &stamp, bool insertOnly)
{
    QStringList sets;
    for (const QString &c : schema.columns) {
        if (c == QLatin1String("id") || c == QLatin1String("listing_gen") || schema.isImmutable())
            continue;
        sets << QStringLiteral(
                    "%1 = CASE WHEN excluded.%2 >= %3.%2 THEN excluded.%1 ELSE %3.%1 END")
                    .arg(c, schema.newerColumn, schema.table);
    }
    sets << QStringLiteral("listing_gen = excluded.listing_gen");
    QList<SqlDialect::JsonColumn> jsonColumns = schema.jsonColumns();
    for (const SqlDialect::JsonColumn &c : stamp) {
        // A stored record keeps its stamp; one stored before stamping gets it now.
        sets << QStringLiteral("%1 = CASE WHEN %2.%3 IS NULL THEN excluded.%1 ELSE %2.%1 END")
                    .arg(c.name, schema.table, stamp.first().name);
        jsonColumns << c;
    }
    const QString names = columnsWithStamp(schema, stamp).join(QLatin1String(", "));
    if (insertOnly)
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 AS r")
            .arg(schema.table, names, db.dialect().jsonRows(jsonColumns));
    // WHERE true: SQLite cannot tell an upsert's ON from a join's after a bare SELECT ... FROM.
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 AS r WHERE true "
                          "ON CONFLICT (id) DO UPDATE SET %4")
        .arg(schema.table, names, db.dialect().jsonRows(jsonColumns),
             sets.join(QLatin1String(", ")));
}

// Splits a page's records into runs of at most kChunk with distinct ids, in page
// order: one multi-row statement may not touch a row twice (PostgreSQL refuses), and a record
// the page sends twice must be applied after its first copy, as one statement per record would.
constexpr qsizetype kChunk = 100;
template <typename Record> QList<QList<const Record *>> distinctRuns(const QList<Record> &records)
{
    QList<QList<const Record *>> runs;
    QSet<QString> ids;
    for (const Record &r : records) {
        if (runs.isEmpty() || runs.constLast().size() >= kChunk || ids.contains(r.id)) {
            runs.append(QList<const Record *>());
            ids.clear();
        }
        runs.last().append(&r);
        ids.insert(r.id);
    }
    return runs;
}

// The records that never change once stored (sessions, events) a page brings, each once: one
// statement may not touch a row twice (PostgreSQL refuses), and a repeat would change nothing.
// False when a record's quarantine entry could not be cleared.
template <typename Record, typename Clear>
bool distinctRecords(const QList<Record> &records, const Clear &clearIfQuarantined,
                     QList<const Record *> *distinct)
{
    QSet<QString> seen;
    seen.reserve(records.size());
    distinct->reserve(records.size());
    for (const Record &r : records) {
        if (!clearIfQuarantined(r.id))
            return false;
        const qsizetype before = seen.size();
        seen.insert(r.id);
        if (seen.size() != before)
            distinct->append(&r);
    }
    return true;
}

} // namespace

PageApplier::PageApplier(Database &db) : m_db(db), m_statistics(db), m_copy(db.connection())
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral(
            "SELECT collection, record_id FROM quarantine WHERE record_id IS NOT NULL"))) {
        while (q.next()) {
            Collection c;
            if (Collections::fromName(q.value(0).toString(), &c))
                m_quarantinedIds[c].insert(q.value(1).toString());
        }
    }
}

PageApplier::~PageApplier() = default;

QSqlQuery &PageApplier::prepared(const QString &key, const QString &sql)
{
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(sql);
        it = m_queries.insert(key, q);
    }
    return *it.value();
}

bool PageApplier::exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool PageApplier::apply(const ParsedPage &page, const SyncState &state, bool completesFullListing,
                        QString *error)
{
    QSqlDatabase conn = m_db.connection();
    // A page after others in the same transaction is a savepoint of its own.
    const bool nested = m_pendingPages > 0;
    if (!nested && !conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    if (nested && !execSql(QStringLiteral("SAVEPOINT page"), error))
        return false;
    bool ok = deferIndexesIfFirst(page.collection, error);
    for (Observer *o : std::as_const(m_observers)) {
        if (!ok)
            break;
        ok = o->pageApplying(m_db, page, error);
    }
    ok = ok && upsertAll(page, state.listingGen, error) && applyDeletions(page, error) &&
         quarantineAll(page, state.listingGen, error);
    for (Observer *o : std::as_const(m_observers)) {
        if (!ok)
            break;
        ok = o->pageApplied(m_db, page, error);
    }
    if (ok && completesFullListing)
        ok = finishFullListing(page.collection, state.listingGen, error);
    if (ok && !state.save(m_db, error))
        ok = false;
    if (!ok) {
        if (!nested) {
            conn.rollback();
            return false;
        }
        // This page goes; the pages before it are kept (the error is this page's).
        QString ignored;
        if (!execSql(QStringLiteral("ROLLBACK TO SAVEPOINT page"), &ignored) ||
            !commitPending(&ignored)) {
            conn.rollback();
            m_pendingPages = 0;
            m_pendingRows = 0;
        }
        return false;
    }
    if (nested && !execSql(QStringLiteral("RELEASE SAVEPOINT page"), error)) {
        conn.rollback();
        m_pendingPages = 0;
        m_pendingRows = 0;
        return false;
    }
    ++m_pendingPages;
    m_pendingRows += page.recordCount();
    if (m_pendingPages < m_pagesPerCommit && page.hasNextCursor && !completesFullListing)
        return true;
    return commitPending(error);
}

void PageApplier::beginSync()
{
    m_tablesLoaded.clear();
    m_insertsMetStoredRows.clear();
    m_bulkLoading = false;
}

bool PageApplier::deferIndexesIfFirst(Collection c, QString *error)
{
    if (!m_defersIndexes || (c != Collection::Sessions && c != Collection::Events) ||
        m_tablesLoaded.contains(c))
        return true;
    m_tablesLoaded.insert(c); // asked once: a table with rows stays so for the sync
    bool empty = false;
    if (!DeferredIndexes::deferIfEmpty(m_db, CollectionSchema::of(c).table, &empty, error))
        return false;
    m_bulkLoading = m_bulkLoading || empty;
    return true;
}

bool PageApplier::commitPending(QString *error)
{
    if (m_pendingPages == 0)
        return true;
    const qint64 rows = std::exchange(m_pendingRows, 0);
    m_pendingPages = 0;
    QSqlDatabase conn = m_db.connection();
    if (!conn.commit()) {
        *error = conn.lastError().text();
        conn.rollback();
        return false;
    }
    // A bulk load is analysed once, after its indexes are built (DeferredIndexes::restore).
    return m_bulkLoading || m_statistics.rowsWritten(rows, error);
}

bool PageApplier::execSql(const QString &sql, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

bool PageApplier::upsertAll(const ParsedPage &page, qint64 gen, QString *error)
{
    const QSet<QString> quarantined = m_quarantinedIds.value(page.collection);
    auto clearIfQuarantined = [&](const QString &id) {
        return !quarantined.contains(id) || clearQuarantined(page.collection, id, error);
    };

    switch (page.collection) {
    case Collection::Products: {
        for (const auto &run : distinctRuns(page.products)) {
            QList<QVariantList> rows;
            for (const ProductRecord *p : run) {
                rows.append({p->id, nullable(p->sku), p->title, nullable(p->category), p->price,
                             p->stock, p->status, p->updatedAt, p->version, gen});
                if (!clearIfQuarantined(p->id))
                    return false;
            }
            if (!upsertRun(Collection::Products, rows, error))
                return false;
        }
        return true;
    }
    case Collection::Customers: {
        for (const auto &run : distinctRuns(page.customers)) {
            QList<QVariantList> rows;
            for (const CustomerRecord *c : run) {
                rows.append({c->id, nullable(c->nickname), c->registeredAt, nullable(c->referrerId),
                             c->wechatFollowed ? 1 : 0, c->updatedAt, gen});
                if (!clearIfQuarantined(c->id))
                    return false;
            }
            if (!upsertRun(Collection::Customers, rows, error))
                return false;
        }
        return true;
    }
    case Collection::Orders: {
        for (const auto &run : distinctRuns(page.orders)) {
            QStringList ids;
            for (const OrderRecord *o : run)
                ids << o->id;
            // Which of them are newer than what we hold (their items are replaced).
            QSqlQuery &current =
                prepared(QStringLiteral("orders.version"),
                         QStringLiteral("SELECT id, version FROM orders WHERE id IN %1")
                             .arg(m_db.dialect().jsonKeys()));
            current.addBindValue(JsonRows::keys(ids));
            if (!exec(current, error))
                return false;
            QHash<QString, qint64> held;
            while (current.next())
                held.insert(current.value(0).toString(), current.value(1).toLongLong());
            current.finish();

            QList<QVariantList> rows;
            QStringList newer;
            JsonRows items;
            for (const OrderRecord *o : run) {
                rows.append(
                    {o->id, o->number, nullable(o->customerId), nullable(o->sessionId), o->status,
                     o->createdAt,
                     o->paidAt ? QVariant(*o->paidAt) : QVariant(QMetaType(QMetaType::LongLong)),
                     o->total, nullable(o->carrier), nullable(o->trackingNumber), o->updatedAt,
                     o->version, gen});
                if (!held.contains(o->id) || held.value(o->id) <= o->version) {
                    newer << o->id;
                    for (qsizetype i = 0; i < o->items.size(); ++i) {
                        const OrderItemRecord &item = o->items.at(i);
                        items.append({o->id, int(i), nullable(item.productId), nullable(item.title),
                                      item.quantity, item.unitPrice});
                    }
                }
                if (!clearIfQuarantined(o->id))
                    return false;
            }
            if (!upsertRun(Collection::Orders, rows, error))
                return false;
            if (newer.isEmpty())
                continue;
            QSqlQuery &delItems =
                prepared(QStringLiteral("order_items.delete"),
                         QStringLiteral("DELETE FROM order_items WHERE order_id IN %1")
                             .arg(m_db.dialect().jsonKeys()));
            delItems.addBindValue(JsonRows::keys(newer));
            if (!exec(delItems, error))
                return false;
            if (items.isEmpty())
                continue;
            using T = SqlDialect::ValueType;
            QSqlQuery &addItems = prepared(
                QStringLiteral("order_items.insert"),
                QStringLiteral("INSERT INTO order_items (order_id, line, product_id, title, "
                               "quantity, unit_price) SELECT * FROM %1 AS r")
                    .arg(m_db.dialect().jsonRows({{QStringLiteral("order_id"), T::Text},
                                                  {QStringLiteral("line"), T::Integer},
                                                  {QStringLiteral("product_id"), T::Text},
                                                  {QStringLiteral("title"), T::Text},
                                                  {QStringLiteral("quantity"), T::Integer},
                                                  {QStringLiteral("unit_price"), T::Integer}})));
            addItems.addBindValue(items.parameter(m_db.dialect()));
            if (!exec(addItems, error))
                return false;
        }
        return true;
    }
    case Collection::Sessions: {
        Observer *stamper = nullptr;
        QList<SqlDialect::JsonColumn> stamp;
        for (Observer *o : std::as_const(m_observers)) {
            stamp = o->sessionStamp();
            if (!stamp.isEmpty()) {
                stamper = o;
                break;
            }
        }
        QList<const SessionRecord *> sessions;
        return distinctRecords(page.sessions, clearIfQuarantined, &sessions) &&
               writeImmutable(
                   Collection::Sessions,
                   [&](RowWriter &rows) {
                       for (const SessionRecord *s : std::as_const(sessions)) {
                           rows.beginRow();
                           rows.add(s->id);
                           rows.add(s->visitorId);
                           rows.addNullable(s->customerId);
                           rows.add(s->startedAt);
                           rows.addNullable(s->landingUrl);
                           rows.addNullable(s->referrerUrl);
                           rows.addNullable(s->userAgent);
                           rows.addNullable(s->attribution);
                           rows.add(gen);
                           if (stamper)
                               stamper->stampSession(*s, &rows);
                           rows.endRow();
                       }
                   },
                   stamp, error);
    }
    case Collection::Events: {
        QList<const EventRecord *> events;
        return distinctRecords(page.events, clearIfQuarantined, &events) &&
               writeImmutable(
                   Collection::Events,
                   [&](RowWriter &rows) {
                       for (const EventRecord *e : std::as_const(events)) {
                           rows.beginRow();
                           rows.add(e->id);
                           rows.add(e->sessionId);
                           rows.add(e->type);
                           rows.add(e->at);
                           rows.addNullable(e->productId);
                           rows.addNullable(e->orderId);
                           rows.addNullable(e->customerId);
                           rows.addNullable(e->shareTarget);
                           rows.addNullable(e->page);
                           rows.addNullable(e->query);
                           rows.add(gen);
                           rows.endRow();
                       }
                   },
                   {}, error);
    }
    case Collection::Commissions: {
        for (const auto &run : distinctRuns(page.commissions)) {
            QList<QVariantList> rows;
            for (const CommissionRecord *c : run) {
                rows.append({c->id, c->orderId, c->beneficiaryId, c->level, c->amount, c->status,
                             c->createdAt, c->updatedAt, gen});
                if (!clearIfQuarantined(c->id))
                    return false;
            }
            if (!upsertRun(Collection::Commissions, rows, error))
                return false;
        }
        return true;
    }
    }
    return true;
}

bool PageApplier::upsertRun(Collection c, const QList<QVariantList> &rows, QString *error,
                            const QList<SqlDialect::JsonColumn> &stamp)
{
    JsonRows json;
    for (const QVariantList &row : rows)
        json.append(row);
    return upsertJson(c, json, error, stamp);
}

bool PageApplier::upsertJson(Collection c, const JsonRows &rows, QString *error,
                             const QList<SqlDialect::JsonColumn> &stamp)
{
    if (rows.isEmpty())
        return true;
    const CollectionSchema &schema = CollectionSchema::of(c);
    if (rows.width() != schema.columns.size() + stamp.size()) {
        *error = QStringLiteral("%1: rows of %2 values for %3 columns")
                     .arg(schema.table)
                     .arg(rows.width())
                     .arg(schema.columns.size() + stamp.size());
        return false;
    }
    QSqlQuery &q = prepared(queryKey(c, stamp, QStringLiteral(".upsert")),
                            upsertSql(m_db, schema, stamp, false));
    q.addBindValue(rows.parameter(m_db.dialect()));
    return exec(q, error);
}

QString PageApplier::queryKey(Collection c, const QList<SqlDialect::JsonColumn> &stamp,
                              const QString &purpose)
{
    QString key = CollectionSchema::of(c).table;
    for (const SqlDialect::JsonColumn &column : stamp)
        key += QLatin1Char('.') + column.name;
    return key + purpose;
}

bool PageApplier::writeImmutable(Collection c, const std::function<void(RowWriter &)> &write,
                                 const QList<SqlDialect::JsonColumn> &stamp, QString *error)
{
    // Sessions and events arrive once each, nearly always: a plain insert of them costs half an
    // upsert on PostgreSQL (no speculative insertion), and COPY less again. The first insert
    // that meets a stored row is undone and the collection goes the upsert's way for the rest
    // of the sync (a listing again over stored records would meet one on every page). SQLite's
    // upsert costs about what its insert does: there the savepoints would only add statements.
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres &&
        !m_insertsMetStoredRows.contains(c)) {
        if (!execSql(QStringLiteral("SAVEPOINT rows"), error))
            return false;
        if (insertRows(c, write, stamp))
            return execSql(QStringLiteral("RELEASE SAVEPOINT rows"), error);
        m_insertsMetStoredRows.insert(c);
        if (!execSql(QStringLiteral("ROLLBACK TO SAVEPOINT rows"), error) ||
            !execSql(QStringLiteral("RELEASE SAVEPOINT rows"), error))
            return false;
    }
    JsonRows rows;
    write(rows);
    return upsertJson(c, rows, error, stamp);
}

bool PageApplier::insertRows(Collection c, const std::function<void(RowWriter &)> &write,
                             const QList<SqlDialect::JsonColumn> &stamp)
{
    const CollectionSchema &schema = CollectionSchema::of(c);
    if (m_copy.isAvailable()) {
        CopyRows rows;
        write(rows);
        if (rows.isEmpty())
            return true;
        const QStringList columns = columnsWithStamp(schema, stamp);
        QString ignored; // an insert that fails is followed by the upsert, which reports
        return rows.width() == columns.size() &&
               m_copy.copy(schema.table, columns, rows.data(), &ignored);
    }
    JsonRows rows;
    write(rows);
    if (rows.isEmpty())
        return true;
    if (rows.width() != schema.columns.size() + stamp.size())
        return false;
    QSqlQuery &insert = prepared(queryKey(c, stamp, QStringLiteral(".insert")),
                                 upsertSql(m_db, schema, stamp, true));
    insert.addBindValue(rows.parameter(m_db.dialect()));
    return insert.exec();
}

bool PageApplier::applyDeletions(const ParsedPage &page, QString *error)
{
    if (page.deleted.isEmpty())
        return true;
    QStringList ids;
    for (const DeletedRecord &d : page.deleted)
        ids << d.id;
    if (!notifyDeleting(page.collection,
                        QStringLiteral("r.id IN %1").arg(m_db.dialect().jsonKeys()),
                        JsonRows::keys(ids), error))
        return false;
    const QString table = CollectionSchema::of(page.collection).table;
    QSqlQuery &q = prepared(table + QStringLiteral(".delete"),
                            QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    for (const DeletedRecord &d : page.deleted) {
        q.addBindValue(d.id);
        if (!exec(q, error))
            return false;
        if (m_quarantinedIds.value(page.collection).contains(d.id) &&
            !clearQuarantined(page.collection, d.id, error))
            return false;
    }
    return true;
}

bool PageApplier::quarantineAll(const ParsedPage &page, qint64 gen, QString *error)
{
    if (page.quarantined.isEmpty())
        return true;
    QSqlQuery &q =
        prepared(QStringLiteral("quarantine.insert"),
                 QStringLiteral("INSERT INTO quarantine (collection, record_id, reason, "
                                "raw_json, received_at, listing_gen) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString collection = Collections::name(page.collection);
    for (const QuarantinedRecord &r : page.quarantined) {
        // One entry per record: a resent bad record replaces its earlier entry.
        if (!r.recordId.isEmpty() && !clearQuarantined(page.collection, r.recordId, error))
            return false;
        q.addBindValue(collection);
        q.addBindValue(nullable(r.recordId));
        q.addBindValue(r.reason);
        q.addBindValue(QString::fromUtf8(r.rawJson));
        q.addBindValue(now);
        q.addBindValue(gen);
        if (!exec(q, error))
            return false;
        if (!r.recordId.isEmpty())
            m_quarantinedIds[page.collection].insert(r.recordId);
    }
    return true;
}

bool PageApplier::clearQuarantined(Collection c, const QString &id, QString *error)
{
    QSqlQuery &q =
        prepared(QStringLiteral("quarantine.clear"),
                 QStringLiteral("DELETE FROM quarantine WHERE collection = ? AND record_id = ?"));
    q.addBindValue(Collections::name(c));
    q.addBindValue(id);
    // The id set is only an index: it is rebuilt from the table when the applier is made, so
    // removing the id before the commit is harmless even if the transaction rolls back.
    m_quarantinedIds[c].remove(id);
    return exec(q, error);
}

bool PageApplier::notifyDeleting(Collection c, const QString &rowFilter, const QVariant &bind,
                                 QString *error)
{
    for (Observer *o : std::as_const(m_observers)) {
        if (!o->recordsDeleting(m_db, c, rowFilter, bind, error))
            return false;
    }
    return true;
}

bool PageApplier::finishFullListing(Collection c, qint64 gen, QString *error)
{
    if (!notifyDeleting(c, QStringLiteral("r.listing_gen < ?"), gen, error))
        return false;
    const QString table = CollectionSchema::of(c).table;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM %1 WHERE listing_gen < %2").arg(table).arg(gen))) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM quarantine WHERE collection = ? AND listing_gen < ?"));
    q.addBindValue(table);
    q.addBindValue(gen);
    if (!exec(q, error))
        return false;
    return true;
}
