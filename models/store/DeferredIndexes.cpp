#include "store/DeferredIndexes.h"

#include "store/Database.h"
#include "store/PlannerStatistics.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// DDL is executed directly: PostgreSQL cannot prepare it.
bool runText(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

using Indexes = QList<std::pair<QString, QString>>; // name, definition

// The (name, definition) rows of a prepared query.
bool readIndexes(QSqlQuery &q, Indexes *out, QString *error)
{
    if (!run(q, error))
        return false;
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return true;
}

} // namespace

bool DeferredIndexes::deferIfEmpty(Database &db, const QString &table, bool *empty, QString *error)
{
    QSqlQuery q(db.connection());
    if (!runText(q, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table), error))
        return false;
    *empty = !q.next();
    if (!*empty)
        return true;
    q.finish();
    // Indexes behind a primary key or a unique constraint are not listed with their text on
    // SQLite and begin "CREATE UNIQUE" on PostgreSQL.
    q.prepare(db.dialect().kind() == SqlDialect::Kind::Sqlite
                  ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE "
                                   "'CREATE UNIQUE%' ORDER BY name")
                  : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname "
                                   "= current_schema() AND tablename = ? AND indexdef NOT LIKE "
                                   "'CREATE UNIQUE%' ORDER BY indexname"));
    q.addBindValue(table);
    Indexes indexes;
    if (!readIndexes(q, &indexes, error))
        return false;
    QSqlQuery note(db.connection());
    note.prepare(QStringLiteral("INSERT INTO deferred_indexes (name, definition) VALUES (?, ?) "
                                "ON CONFLICT (name) DO UPDATE SET definition = "
                                "excluded.definition"));
    QSqlQuery drop(db.connection());
    for (const auto &[name, definition] : std::as_const(indexes)) {
        note.addBindValue(name);
        note.addBindValue(definition);
        if (!run(note, error) || !runText(drop, QStringLiteral("DROP INDEX %1").arg(name), error))
            return false;
    }
    return true;
}

bool DeferredIndexes::restore(Database &db, QString *error)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT name, definition FROM deferred_indexes ORDER BY name"));
    Indexes indexes;
    if (!readIndexes(q, &indexes, error))
        return false;
    // Each index with its row in a transaction of its own: one that cannot be built stays noted
    // (and reported), the others are built.
    const QString create = QStringLiteral("CREATE INDEX ");
    QSqlQuery done(conn);
    done.prepare(QStringLiteral("DELETE FROM deferred_indexes WHERE name = ?"));
    QStringList failures;
    for (const auto &[name, definition] : std::as_const(indexes)) {
        // IF NOT EXISTS: another desktop sharing the store may have built it meanwhile.
        QString sql = definition;
        if (sql.startsWith(create))
            sql.insert(create.size(), QStringLiteral("IF NOT EXISTS "));
        QString failure;
        if (!conn.transaction()) {
            failure = conn.lastError().text();
        } else {
            QSqlQuery build(conn);
            bool ok = runText(build, sql, &failure);
            if (ok) {
                done.addBindValue(name);
                ok = run(done, &failure);
            }
            if (!ok) {
                conn.rollback();
            } else if (!conn.commit()) {
                failure = conn.lastError().text();
                conn.rollback();
            }
        }
        if (!failure.isEmpty())
            failures << QStringLiteral("%1: %2").arg(name, failure);
    }
    QString failure;
    if (failures.size() < indexes.size() && db.dialect().kind() == SqlDialect::Kind::Postgres &&
        !PlannerStatistics::analyzeStore(db, &failure))
        failures << QStringLiteral("ANALYZE: %1").arg(failure);
    if (failures.isEmpty())
        return true;
    *error = failures.join(QLatin1Char('\n'));
    return false;
}

bool DeferredIndexes::pending(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM deferred_indexes LIMIT 1")) && q.next();
}
