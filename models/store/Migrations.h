#pragma once

#include <QString>
#include <QStringList>

class Database;

// Versioned schema steps. Each step runs inside one transaction together with the bump of
// schema_version and its row in schema_steps, so a crash mid-upgrade leaves the previous version
// intact. Every step without a row runs, in version order, whatever the store's version: a
// concern's new step may be numbered below other concerns' steps the store already has.
class Migrations
{
public:
    struct Step
    {
        int version;
        QStringList statements; // "{AUTOINC}" stands for the dialect's surrogate key column
    };

    static const QList<Step> &steps();
    static int latestVersion();
    static int currentVersion(const Database &db);
    static bool apply(Database &db, QString *error);
};
