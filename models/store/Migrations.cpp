#include "store/Migrations.h"

#include "store/Database.h"
#include "store/SchemaSteps.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Version numbers are global and each concern has its range, so a concern's new step can be
// numbered below steps a store already has (traffic step 6 after team step 60): each applied step
// is recorded in schema_steps and every step not recorded runs. A store from before that record
// has only schema_version: the steps that existed then count as applied up to it.
constexpr int kStepsBeforeRecord[] = {1, 2, 3, 4, 5, 20, 21, 22, 60};

bool record(QSqlQuery &q, int version, QString *error)
{
    q.prepare(QStringLiteral("INSERT INTO schema_steps (version) VALUES (?)"));
    q.addBindValue(version);
    if (q.exec())
        return true;
    if (error)
        *error = sqlError(q);
    return false;
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> s = [] {
        // Each concern declares its own steps (store/SchemaSteps.h); versions order them.
        QList<Step> all = SchemaSteps::core() + SchemaSteps::traffic() + SchemaSteps::outbox() +
                          SchemaSteps::referrals() + SchemaSteps::team();
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

bool Migrations::apply(Database &db, QString *error)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        if (error)
            *error = sqlError(q);
        return false;
    }
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_steps (version INTEGER PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("SELECT version FROM schema_steps"))) {
        if (error)
            *error = sqlError(q);
        return false;
    }
    QSet<int> applied;
    while (q.next())
        applied.insert(q.value(0).toInt());
    q.finish();
    int current = currentVersion(db);
    QSet<int> known;
    for (const Step &step : steps())
        known.insert(step.version);
    // A newer Yutang's store: a version or a recorded step this build does not know.
    int unknown = current > latestVersion() ? current : 0;
    for (int version : std::as_const(applied))
        unknown = known.contains(version) ? unknown : qMax(unknown, version);
    if (unknown > 0) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "Migrations", "The store was written by a newer Yutang (schema %1, this build "
                                  "knows up to %2). Update Yutang to open it.")
                    .arg(unknown)
                    .arg(latestVersion());
        return false;
    }
    if (applied.isEmpty() && current > 0) {
        if (!conn.transaction()) {
            if (error)
                *error = conn.lastError().text();
            return false;
        }
        for (int version : kStepsBeforeRecord) {
            if (version > current)
                continue;
            if (!record(q, version, error)) {
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
            ok = q.exec(QStringLiteral("DELETE FROM schema_version"));
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            q.addBindValue(qMax(current, step.version));
            ok = ok && q.exec();
            if (!ok && error)
                *error = sqlError(q);
            ok = ok && record(q, step.version, error);
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
        current = qMax(current, step.version);
    }
    return true;
}
