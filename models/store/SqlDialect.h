#pragma once

#include <QString>

class QSqlDatabase;

// The one seam where SQLite and PostgreSQL differ. Everything else in the store is portable SQL
// (ON CONFLICT upserts, BIGINT/TEXT/INTEGER columns, no vendor functions).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString driverName() const;
    // Column definition for a surrogate key that the database numbers itself.
    QString autoIncrementPrimaryKey() const;
    // Statements to run on every new connection (pragmas and session settings).
    QStringList connectionSetup() const;
    // Case-insensitive LIKE: SQLite's LIKE already is for ASCII; PostgreSQL needs ILIKE.
    QString caseInsensitiveLike() const;

private:
    Kind m_kind;
};
