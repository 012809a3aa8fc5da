#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

struct LibPq;

// COPY … FROM STDIN through the libpq connection QPSQL holds (QSqlDriver::handle() gives its
// PGconn *). Qt's QPSQL sends a prepared statement's values as literals inside an EXECUTE text,
// which the server must lex, and a page bound as one JSON text must then be parsed as JSON too;
// COPY streams the rows as they are, the way PostgreSQL's "Populating a Database" recommends.
// libpq's functions are looked up at run time in the library QPSQL has already loaded (never
// loading one), so the build needs no libpq headers. Where they cannot be found, isAvailable()
// is false and callers write their rows as before.
class PostgresCopy
{
public:
    explicit PostgresCopy(const QSqlDatabase &connection);

    bool isAvailable() const { return m_pq != nullptr; }
    // Appends `rows` (CopyRows::data()) to `table`'s `columns`. Run inside a savepoint: a failed
    // COPY aborts the transaction, as any failed statement does on PostgreSQL.
    bool copy(const QString &table, const QStringList &columns, const QByteArray &rows,
              QString *error) const;

private:
    // The PGconn * the driver holds now (a reconnection replaces it), or null when closed.
    void *handle() const;

    QSqlDatabase m_connection;
    const LibPq *m_pq = nullptr;
};
