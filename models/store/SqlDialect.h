#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

// The one seam where SQLite and PostgreSQL differ. Everything else in the store is portable SQL
// (ON CONFLICT upserts, BIGINT/TEXT/INTEGER columns, no vendor functions).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };
    enum class ValueType { Text, Integer };
    struct JsonColumn
    {
        QString name;
        ValueType type = ValueType::Text;
    };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString driverName() const;
    // Column definition for a surrogate key that the database numbers itself.
    QString autoIncrementPrimaryKey() const;
    // Statements to run on every new connection (pragmas and session settings).
    QStringList connectionSetup() const;
    // Case-insensitive LIKE: SQLite's LIKE already is for ASCII; PostgreSQL needs ILIKE.
    QString caseInsensitiveLike() const;
    // A subquery (parenthesised, without alias) giving the rows of one bound JsonRows text as a
    // table with these columns. SQLite reads it with json_each (JSON1, built in since 3.38 and in
    // every Qt build and distribution before that), PostgreSQL with jsonb_array_elements (jsonb:
    // parsed once, where json would be parsed again for every column read from a row).
    QString jsonRows(const QList<JsonColumn> &columns) const;
    // A subquery of one text column, `value`, with the keys of one bound JsonRows::keys() text;
    // for `IN (...)`.
    QString jsonKeys() const;
    // Whether a SQLite of this version ("3.40.1") has what jsonRows() statements use.
    static bool sqliteIsRecentEnough(const QString &version);
    // Where ORDER BY puts NULLs: SQLite treats them as the smallest value, PostgreSQL as the
    // largest. Keyset paging needs to know which side of the non-null rows they come on.
    bool nullsSortAsLargest() const { return m_kind == Kind::Postgres; }

    // Team mode. PostgreSQL has session-level advisory locks and LISTEN/NOTIFY; SQLite has neither
    // (a SQLite file has one desktop; its change counter is polled instead).
    bool hasAdvisoryLocks() const { return m_kind == Kind::Postgres; }
    bool hasNotifications() const { return m_kind == Kind::Postgres; }
    QString tryAdvisoryLockSql() const;  // one bind: the BIGINT key; answers a boolean
    QString advisoryUnlockSql() const;   // one bind: the BIGINT key
    QString advisoryLockHeldSql() const; // binds: the key's high and low 32 bits; answers a count
    QString notifySql() const;           // binds: channel, payload

    // Copying a store (yutang-cli migrate).
    // Rows of (table, referenced table) for every foreign key, so parents are copied first.
    QString foreignKeysSql() const;
    // Rows of (column) that the database numbers itself in a table (bind: table); empty: none.
    QString serialColumnsSql() const;
    // Moves a table's number generator past the copied ids; empty where MAX(id) + 1 is automatic.
    QString resetSerialSql(const QString &table, const QString &column) const;

private:
    Kind m_kind;
};
