#pragma once

#include "store/SqlDialect.h"

#include <QString>

// Where a store lives: a SQLite file path, or a postgresql:// URL for a team database.
struct StoreLocation
{
    SqlDialect::Kind kind = SqlDialect::Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString connectOptions; // sslmode and friends, passed through to libpq

    static StoreLocation parse(const QString &text, QString *error = nullptr);
    // The default per-user store of a profile, under QStandardPaths::AppDataLocation.
    static StoreLocation defaultFor(const QString &profileName);
    QString display() const;
};
