#pragma once

#include "store/SqlDialect.h"
#include "store/StoreFault.h"
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
    // The same, telling what kind of fault a failure is. Nothing is written to a store that is
    // damaged (a SQLite quick check runs first, on files up to kQuickCheckLimit) or from a newer
    // Yutang. A SQLite file this user cannot write opens read-only (readOnlyReason()) when its
    // schema is current, so that what it holds can still be seen.
    static std::unique_ptr<Database> open(const StoreLocation &location, StoreFault *fault,
                                          const QString &password = {});
    static constexpr qint64 kQuickCheckLimit = qint64(512) << 20;
    // A second connection to the same store, for use on another thread.
    std::unique_ptr<Database> clone(QString *error) const;

    QSqlDatabase connection() const;
    // Why nothing can be written (a read-only file or folder), worded for the user; empty when
    // the store is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // A PostgreSQL connection the server dropped (restarted, or ended the session) is opened
    // again; false with *error when the server still does not answer. True at once otherwise.
    bool reconnectIfLost(QString *error);
    const SqlDialect &dialect() const { return m_dialect; }
    const StoreLocation &location() const { return m_location; }
    QString connectionName() const { return m_name; }

    // Meta key/value pairs (last sync time and the like).
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    Database(StoreLocation location, QString password);
    bool connect(StoreFault *fault, bool readOnly);
    bool openAndSetUp(StoreFault *fault, bool readOnly);
    void disconnect();
    bool checkIntegrity(StoreFault *fault);
    bool probeWritable() const;

    StoreLocation m_location;
    SqlDialect m_dialect;
    QString m_password;
    QString m_name;
    QString m_readOnlyReason;
};
