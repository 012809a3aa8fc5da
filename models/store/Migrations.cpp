#include "store/Migrations.h"

#include "store/Database.h"
#include "store/SchemaSteps.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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
                          SchemaSteps::referrals() + SchemaSteps::team();
        std::sort(all.begin(), all.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
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
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        if (error)
            *error = sqlError(q);
        return false;
    }
    int current = currentVersion(db);
    if (current > latestVersion()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Migrations", "The store was written by a newer Yutang (schema %1, this build "
                                       "knows up to %2). Update Yutang to open it.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const Step &step : steps()) {
        if (step.version <= current)
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
                    *error = QCoreApplication::translate("Migrations", "Schema step %1 failed: %2 (%3)")
                                 .arg(step.version)
                                 .arg(sqlError(q), stmt);
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = q.exec(QStringLiteral("DELETE FROM schema_version"));
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
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
        current = step.version;
    }
    return true;
}
