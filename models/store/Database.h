#pragma once

#include "store/SqlDialect.h"
#include "store/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

// Owns one named Qt Sql connection to the store and brings its schema up to date.
// A connection belongs to the thread that opened it: a worker thread opens its own with clone().
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. On failure returns null and sets *error.
    // A PostgreSQL store without an explicit password takes it from the keychain (StorePassword),
    // else from libpq's own sources (PGPASSWORD, ~/.pgpass).
    static std::unique_ptr<Database> open(const StoreLocation &location, QString *error,
                                          const QString &password = {});
    // A second connection to the same store, for use on another thread.
    std::unique_ptr<Database> clone(QString *error) const;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const StoreLocation &location() const { return m_location; }
    QString connectionName() const { return m_name; }

    // Meta key/value pairs (last sync time and the like).
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    Database(StoreLocation location, QString password);
    bool connect(QString *error);

    StoreLocation m_location;
    SqlDialect m_dialect;
    QString m_password;
    QString m_name;
};
