#include "store/StoreCopier.h"

#include "store/CopyRows.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PostgresCopy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("StoreCopier", s);
}

// Bookkeeping of the database itself, not the store's data.
bool isInternal(const QString &table)
{
    return table == QLatin1String("schema_version") || table == QLatin1String("schema_steps") || table.startsWith(QLatin1String("sqlite_"));
}

// Rows per INSERT statement: multi-row VALUES saves round trips to a server, within the
// drivers' bind limits.
constexpr int kBindsPerStatement = 900;

// A value read from the source store, as COPY's text takes it (the store has text and integer
// columns; any other value goes as its text).
void addValue(CopyRows &rows, const QVariant &v)
{
    if (v.isNull())
        rows.addNull();
    else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        rows.add(v.toLongLong());
    else
        rows.add(v.toString());
}

} // namespace

bool StoreCopier::Report::countsMatch() const
{
    for (const TableCount &t : tables) {
        if (!t.matches())
            return false;
    }
    return error.isEmpty();
}

qint64 StoreCopier::Report::rows() const
{
    qint64 n = 0;
    for (const TableCount &t : tables)
        n += t.target;
    return n;
}

StoreCopier::StoreCopier(Database &from, Database &to) : m_from(from), m_to(to)
{}

qint64 StoreCopier::count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

StoreCopier::Report StoreCopier::run()
{
    Report report;
    const int fromVersion = Migrations::currentVersion(m_from);
    const int toVersion = Migrations::currentVersion(m_to);
    if (fromVersion != toVersion) {
        report.error = tr("The stores are at different schema versions (%1 and %2).")
                           .arg(fromVersion)
                           .arg(toVersion);
        return report;
    }
    const QStringList tables = tablesInCopyOrder(&report.error);
    if (!report.error.isEmpty() || !checkTarget(tables, &report.error) ||
        !clearTarget(tables, &report.error))
        return report;
    for (const QString &table : tables) {
        const qint64 total = count(m_from, table);
        if (!copyTable(table, total, &report.error) || !resetSerials(table, &report.error))
            break;
    }
    for (const QString &table : tables)
        report.tables.append({table, count(m_from, table), count(m_to, table)});
    return report;
}

QStringList StoreCopier::tablesInCopyOrder(QString *error) const
{
    QStringList source;
    for (const QString &t : m_from.connection().tables(QSql::Tables)) {
        if (!isInternal(t))
            source << t;
    }
    source.sort();
    const QStringList target = m_to.connection().tables(QSql::Tables);
    for (const QString &t : std::as_const(source)) {
        if (!target.contains(t)) {
            *error = tr("The target store has no table %1.").arg(t);
            return {};
        }
    }
    // Parents before children: repeatedly take the tables whose referenced tables are placed.
    QHash<QString, QSet<QString>> parents;
    QSqlQuery q(m_to.connection());
    if (!q.exec(m_to.dialect().foreignKeysSql())) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        if (q.value(0).toString() != q.value(1).toString())
            parents[q.value(0).toString()].insert(q.value(1).toString());
    }
    QStringList ordered;
    QStringList left = source;
    while (!left.isEmpty()) {
        const qsizetype before = left.size();
        for (auto it = left.begin(); it != left.end();) {
            bool ready = true;
            for (const QString &p : parents.value(*it))
                ready = ready && (ordered.contains(p) || !source.contains(p));
            if (ready) {
                ordered << *it;
                it = left.erase(it);
            } else {
                ++it;
            }
        }
        if (left.size() == before) { // a cycle: copy the rest as they are
            ordered += left;
            break;
        }
    }
    return ordered;
}

bool StoreCopier::checkTarget(const QStringList &tables, QString *error)
{
    if (m_replace)
        return true;
    for (const char *name :
         {"shop", "products", "customers", "orders", "sessions", "events", "commissions"}) {
        const QString table = QLatin1String(name);
        if (!tables.contains(table))
            continue;
        const qint64 n = count(m_to, table);
        if (n != 0) {
            *error =
                tr("The target store already holds data (%1 rows in %2). Migrate into an empty "
                   "database, or replace what it holds with --replace.")
                    .arg(n)
                    .arg(table);
            return false;
        }
    }
    return true;
}

bool StoreCopier::clearTarget(const QStringList &tables, QString *error)
{
    // Also the rows a fresh store starts with (the sync_lock and store_changes rows): the copy
    // brings the source's own.
    QSqlDatabase conn = m_to.connection();
    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    QSqlQuery q(conn);
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(*it))) {
            *error = tr("Cannot empty %1 in the target store: %2").arg(*it, q.lastError().text());
            conn.rollback();
            return false;
        }
    }
    if (!conn.commit()) {
        *error = conn.lastError().text();
        return false;
    }
    return true;
}

bool StoreCopier::copyTable(const QString &table, qint64 total, QString *error)
{
    QSqlQuery read(m_from.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
        *error = tr("Cannot read %1: %2").arg(table, read.lastError().text());
        return false;
    }
    const QSqlRecord record = read.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    const int perStatement = qMax(1, kBindsPerStatement / int(columns.size()));
    const QString row = QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(u',') +
                        QLatin1Char(')');
    auto insertSql = [&](int rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QLatin1String(", ")), QStringList(rows, row).join(u','));
    };
    QSqlDatabase conn = m_to.connection();
    const PostgresCopy copy(conn);
    QSqlQuery fullInsert(conn);
    if (!copy.isAvailable())
        fullInsert.prepare(insertSql(perStatement));

    auto writeFailed = [&](qint64 first, qint64 last, const QString &why) {
        *error = tr("Cannot write %1 (rows %2–%3): %4").arg(table).arg(first).arg(last).arg(why);
        conn.rollback();
        return false;
    };
    qint64 copied = 0;
    bool more = read.next();
    while (more) {
        if (!conn.transaction()) {
            *error = conn.lastError().text();
            return false;
        }
        qint64 inBatch = 0;
        if (copy.isAvailable()) {
            // A PostgreSQL target takes the batch as one COPY: no statement text to lex.
            CopyRows rows;
            for (; more && inBatch < m_batchSize; ++inBatch) {
                rows.beginRow();
                for (int i = 0; i < columns.size(); ++i)
                    addValue(rows, read.value(i));
                rows.endRow();
                more = read.next();
            }
            QString failure;
            if (!copy.copy(table, columns, rows.data(), &failure))
                return writeFailed(copied + 1, copied + inBatch, failure);
        }
        while (more && inBatch < m_batchSize) {
            QVariantList values;
            int rows = 0;
            for (; more && rows < perStatement; ++rows) {
                for (int i = 0; i < columns.size(); ++i)
                    values << read.value(i);
                more = read.next();
            }
            QSqlQuery partial(conn);
            QSqlQuery &insert = rows == perStatement ? fullInsert : partial;
            if (rows != perStatement)
                partial.prepare(insertSql(rows));
            for (const QVariant &v : std::as_const(values))
                insert.addBindValue(v);
            if (!insert.exec())
                return writeFailed(copied + inBatch + 1, copied + inBatch + rows,
                                   insert.lastError().text());
            inBatch += rows;
        }
        if (!conn.commit()) {
            *error = conn.lastError().text();
            return false;
        }
        copied += inBatch;
        if (m_progress)
            m_progress(table, copied, total);
    }
    if (m_progress && copied == 0)
        m_progress(table, 0, total);
    return true;
}

bool StoreCopier::resetSerials(const QString &table, QString *error)
{
    const QString sql = m_to.dialect().serialColumnsSql();
    if (sql.isEmpty())
        return true;
    QSqlQuery q(m_to.connection());
    q.prepare(sql);
    q.addBindValue(table);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    for (const QString &column : std::as_const(columns)) {
        if (!q.exec(m_to.dialect().resetSerialSql(table, column))) {
            *error = tr("Cannot move the numbering of %1.%2 on: %3")
                         .arg(table, column, q.lastError().text());
            return false;
        }
    }
    return true;
}
