#pragma once

#include <QString>
#include <QStringList>

class Database;

// Versioned schema steps. Each step runs inside one transaction together with the bump of
// schema_version, so a crash mid-upgrade leaves the previous version intact.
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
