#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class Database;

// Versioned schema steps. Each step runs inside one transaction together with its row in
// schema_steps (and the highest version in schema_version), so a crash mid-upgrade leaves the
// previous state intact. Steps are tracked one by one because each concern numbers its own range:
// a new traffic step can sort below an existing team step and must still run.
class Migrations
{
public:
    struct Step
    {
        int version;
        // "{AUTOINC}" stands for the dialect's surrogate key column; a statement starting with
        // "{POSTGRES}" runs on PostgreSQL only.
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();
    static int currentVersion(const Database &db);
    static QSet<int> appliedSteps(const Database &db);
    static bool apply(Database &db, QString *error);
    // A store written by a newer Yutang: its version, or a recorded step, is one this build does
    // not know. *detail names them. Reads only.
    static bool isFromNewerVersion(const Database &db, QString *detail);
    // Steps this build knows that the store lacks (apply() would run them). Reads only.
    static bool hasPendingSteps(const Database &db);
    // The steps a store written before per-step bookkeeping can hold.
    static QList<int> stepsBeforeBookkeeping();
};
