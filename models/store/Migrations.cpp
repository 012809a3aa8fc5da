#include "store/Migrations.h"

#include "store/Database.h"
#include "store/SchemaSteps.h"
#include "store/StoreFault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> s = [] {
        // Each concern declares its own steps (store/SchemaSteps.h); versions order them.
        QList<Step> all = SchemaSteps::core() + SchemaSteps::traffic() + SchemaSteps::outbox() +
                          SchemaSteps::referrals() + SchemaSteps::team() + SchemaSteps::sync();
        std::sort(all.begin(), all.end(),
                  [](const Step &a, const Step &b) { return a.version < b.version; });
        return all;
    }();
    return s;
}

int Migrations::latestVersion()
{
    return steps().isEmpty() ? 0 : steps().constLast().version;
}

int Migrations::currentVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {

// Steps that existed before each applied step was recorded in schema_steps: a store from then
// records only its highest version in schema_version and has applied exactly these up to it.

bool execAll(QSqlQuery &q, const QStringList &statements, QString *error)
{
    for (const QString &stmt : statements) {
        if (!q.exec(stmt)) {
            if (error)
                *error = sqlError(q);
            return false;
        }
    }
    return true;
}

} // namespace

QSet<int> Migrations::appliedSteps(const Database &db)
{
    QSet<int> applied;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT version FROM schema_steps"))) {
        while (q.next())
            applied.insert(q.value(0).toInt());
    }
    return applied;
}

bool Migrations::isFromNewerVersion(const Database &db, QString *detail)
{
    QSet<int> known;
    for (const Step &step : steps())
        known.insert(step.version);
    const int current = currentVersion(db);
    const QSet<int> unknownSteps = appliedSteps(db) - known;
    const int latest = latestVersion();
    if (current <= latest && unknownSteps.isEmpty())
        return false;
    const int unknown = unknownSteps.isEmpty()
                            ? current
                            : *std::max_element(unknownSteps.cbegin(), unknownSteps.cend());
    if (detail)
        *detail = QCoreApplication::translate("Migrations", "schema %1; this build knows up to %2")
                      .arg(unknown)
                      .arg(latest);
    return true;
}

bool Migrations::hasPendingSteps(const Database &db)
{
    QSet<int> applied = appliedSteps(db);
    const int current = currentVersion(db);
    if (applied.isEmpty()) {
        for (int version : stepsBeforeBookkeeping()) {
            if (version <= current)
                applied.insert(version);
        }
    }
    for (const Step &step : steps()) {
        if (!applied.contains(step.version))
            return true;
    }
    return false;
}

QList<int> Migrations::stepsBeforeBookkeeping()
{
    return {1, 2, 3, 4, 5, 20, 21, 22, 60};
}

bool Migrations::apply(Database &db, QString *error)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    if (!execAll(
            q,
            {QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS schema_steps (version INTEGER PRIMARY KEY)")},
            error))
        return false;
    int current = currentVersion(db);
    QSet<int> applied = appliedSteps(db);
    const int latest = latestVersion();
    if (applied.isEmpty() && current > 0 && current <= latest) {
        // A store from before per-step bookkeeping: record what it has applied.
        if (!conn.transaction()) {
            if (error)
                *error = conn.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO schema_steps (version) VALUES (?)"));
        for (int version : stepsBeforeBookkeeping()) {
            if (version > current)
                break;
            q.addBindValue(version);
            if (!q.exec()) {
                if (error)
                    *error = sqlError(q);
                conn.rollback();
                return false;
            }
            applied.insert(version);
        }
        if (!conn.commit()) {
            if (error)
                *error = conn.lastError().text();
            return false;
        }
    }
    QString newer;
    if (isFromNewerVersion(db, &newer)) {
        if (error)
            *error = StoreFault::describe(StoreFault::Kind::NewerVersion, db.location(), newer);
        return false;
    }
    // Every step this build knows and the store lacks, in version order: a step added below the
    // store's highest version (another concern's range) is applied too.
    for (const Step &step : steps()) {
        if (applied.contains(step.version))
            continue;
        if (!conn.transaction()) {
            if (error)
                *error = conn.lastError().text();
            return false;
        }
        bool ok = true;
        for (QString stmt : step.statements) {
            stmt.replace(QLatin1String("{AUTOINC}"), db.dialect().autoIncrementPrimaryKey());
            // Storage settings SQLite has no counterpart for.
            static const QLatin1String postgresOnly("{POSTGRES}");
            if (stmt.startsWith(postgresOnly)) {
                if (db.dialect().kind() != SqlDialect::Kind::Postgres)
                    continue;
                stmt.remove(0, postgresOnly.size());
            }
            if (!q.exec(stmt)) {
                if (error)
                    *error =
                        QCoreApplication::translate("Migrations", "Schema step %1 failed: %2 (%3)")
                            .arg(step.version)
                            .arg(sqlError(q), stmt);
                ok = false;
                break;
            }
        }
        if (ok) {
            const int version = std::max(current, step.version);
            ok = q.exec(QStringLiteral("DELETE FROM schema_version"));
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            q.addBindValue(version);
            ok = ok && q.exec();
            q.prepare(QStringLiteral("INSERT INTO schema_steps (version) VALUES (?)"));
            q.addBindValue(step.version);
            ok = ok && q.exec();
            if (!ok && error)
                *error = sqlError(q);
        }
        if (!ok) {
            conn.rollback();
            return false;
        }
        if (!conn.commit()) {
            if (error)
                *error = conn.lastError().text();
            return false;
        }
        current = std::max(current, step.version);
        applied.insert(step.version);
    }
    return true;
}
