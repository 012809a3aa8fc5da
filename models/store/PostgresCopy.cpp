#include "store/PostgresCopy.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <algorithm>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <dlfcn.h>
#endif

// The few libpq functions used, with their C signatures (libpq-fe.h, stable since PostgreSQL
// 7.4). PGconn and PGresult are opaque.
struct LibPq
{
    using Exec = void *(*)(void *conn, const char *query);
    using ResultStatus = int (*)(const void *result);
    using ResultErrorMessage = char *(*)(const void *result);
    using Clear = void (*)(void *result);
    using PutCopyData = int (*)(void *conn, const char *buffer, int bytes);
    using PutCopyEnd = int (*)(void *conn, const char *errorMessage);
    using GetResult = void *(*)(void *conn);
    using ErrorMessage = char *(*)(const void *conn);

    Exec exec = nullptr;
    ResultStatus resultStatus = nullptr;
    ResultErrorMessage resultErrorMessage = nullptr;
    Clear clear = nullptr;
    PutCopyData putCopyData = nullptr;
    PutCopyEnd putCopyEnd = nullptr;
    GetResult getResult = nullptr;
    ErrorMessage errorMessage = nullptr;

    // ExecStatusType
    static constexpr int CommandOk = 1;
    static constexpr int CopyIn = 4;

    // The functions of the libpq QPSQL has loaded, or null. Only a library already in the
    // process is taken, never one loaded here: a second libpq (another build found first on the
    // search path) would not understand the first one's PGconn.
    static const LibPq *find()
    {
        static const LibPq pq = [] {
            for (const char *name : kNames) {
                void *const library = loadedLibrary(name);
                if (!library)
                    continue;
                LibPq found;
                found.exec = reinterpret_cast<Exec>(symbol(library, "PQexec"));
                found.resultStatus =
                    reinterpret_cast<ResultStatus>(symbol(library, "PQresultStatus"));
                found.resultErrorMessage =
                    reinterpret_cast<ResultErrorMessage>(symbol(library, "PQresultErrorMessage"));
                found.clear = reinterpret_cast<Clear>(symbol(library, "PQclear"));
                found.putCopyData = reinterpret_cast<PutCopyData>(symbol(library, "PQputCopyData"));
                found.putCopyEnd = reinterpret_cast<PutCopyEnd>(symbol(library, "PQputCopyEnd"));
                found.getResult = reinterpret_cast<GetResult>(symbol(library, "PQgetResult"));
                found.errorMessage =
                    reinterpret_cast<ErrorMessage>(symbol(library, "PQerrorMessage"));
                if (found.complete())
                    return found;
            }
            return LibPq();
        }();
        return pq.complete() ? &pq : nullptr;
    }

#ifdef Q_OS_WIN
    static constexpr const char *kNames[] = {"libpq.dll"};
    // The module of that name if it is loaded (GetModuleHandle loads nothing), or null.
    static void *loadedLibrary(const char *name)
    {
        return GetModuleHandleA(name);
    }
    static void *symbol(void *library, const char *name)
    {
        return reinterpret_cast<void *>(GetProcAddress(static_cast<HMODULE>(library), name));
    }
#else
    static constexpr const char *kNames[] = {"libpq.so.5", "libpq.5.dylib", "libpq.dylib"};
    // The library of that name if it is loaded (RTLD_NOLOAD loads nothing), or null.
    static void *loadedLibrary(const char *name)
    {
        return dlopen(name, RTLD_LAZY | RTLD_NOLOAD);
    }
    static void *symbol(void *library, const char *name)
    {
        return dlsym(library, name);
    }
#endif

    bool complete() const
    {
        return exec && resultStatus && resultErrorMessage && clear && putCopyData && putCopyEnd &&
               getResult && errorMessage;
    }
};

PostgresCopy::PostgresCopy(const QSqlDatabase &connection) : m_connection(connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    // PGconn is a typedef of struct pg_conn: the type is named one way or the other.
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        m_pq = LibPq::find();
}

void *PostgresCopy::handle() const
{
    if (!m_connection.isOpen())
        return nullptr;
    return *static_cast<void *const *>(m_connection.driver()->handle().constData());
}

bool PostgresCopy::copy(const QString &table, const QStringList &columns, const QByteArray &rows,
                        QString *error) const
{
    const LibPq &pq = *m_pq;
    void *const conn = handle();
    if (!conn) {
        *error = m_connection.lastError().text();
        if (error->isEmpty())
            *error = QCoreApplication::translate("PostgresCopy",
                                                 "The connection to the database is closed.");
        return false;
    }
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(table, columns.join(QLatin1String(", ")))
                               .toUtf8();
    void *result = pq.exec(conn, sql.constData());
    const bool started = result && pq.resultStatus(result) == LibPq::CopyIn;
    if (!started) {
        *error = QString::fromUtf8(result ? pq.resultErrorMessage(result) : pq.errorMessage(conn));
        pq.clear(result);
        return false;
    }
    pq.clear(result);
    // In pieces: PQputCopyData takes an int length.
    constexpr qsizetype kPiece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += kPiece)
        sent = pq.putCopyData(conn, rows.constData() + at,
                              int(std::min(kPiece, rows.size() - at))) == 1;
    if (!sent)
        *error = QString::fromUtf8(pq.errorMessage(conn));
    // Ended even after a failed send, so that the connection leaves the COPY state.
    if (pq.putCopyEnd(conn, sent ? nullptr : "not sent") != 1 && sent) {
        *error = QString::fromUtf8(pq.errorMessage(conn));
        sent = false;
    }
    bool ok = sent;
    // Every result is read: QPSQL's next statement expects an idle connection.
    while ((result = pq.getResult(conn)) != nullptr) {
        if (pq.resultStatus(result) != LibPq::CommandOk && ok) {
            *error = QString::fromUtf8(pq.resultErrorMessage(result)).trimmed();
            ok = false;
        }
        pq.clear(result);
    }
    return ok;
}
