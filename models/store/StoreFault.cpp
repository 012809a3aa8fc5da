#include "store/StoreFault.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreFault", text);
}

// SQLite's primary result codes (sqlite3.h): stable across versions.
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

} // namespace

StoreFault::Kind StoreFault::kindOf(const QString &sqliteText)
{
    // sqlite3ErrStr()'s texts, never translated.
    if (sqliteText.contains(QLatin1String("database or disk is full")))
        return Kind::Full;
    if (sqliteText.contains(QLatin1String("readonly database")))
        return Kind::ReadOnly;
    if (sqliteText.contains(QLatin1String("disk image is malformed")) ||
        sqliteText.contains(QLatin1String("file is not a database")))
        return Kind::Damaged;
    return Kind::Other;
}

StoreFault::Kind StoreFault::kindOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int sqlite =
        code.toInt(&numeric) & 0xff; // extended codes keep the primary in the low byte
    if (numeric) {
        switch (sqlite) {
        case kSqliteFull:
            return Kind::Full;
        case kSqliteReadOnly:
            return Kind::ReadOnly;
        case kSqliteCorrupt:
        case kSqliteNotADatabase:
            return Kind::Damaged;
        default:
            break;
        }
    }
    // PostgreSQL's SQLSTATE: the server shutting down or the connection lost; disk full; a
    // read-only transaction (a standby).
    if (code.startsWith(QLatin1String("57P")) || code.startsWith(QLatin1String("08")))
        return Kind::ServerGone;
    if (code == QLatin1String("53100"))
        return Kind::Full;
    if (code == QLatin1String("25006"))
        return Kind::ReadOnly;
    return kindOf(error.text());
}

StoreFault StoreFault::diagnose(const Database &db, const QString &error)
{
    Kind kind = Kind::Other;
    if (db.dialect().kind() == SqlDialect::Kind::Postgres) {
        // libpq words a lost connection in the client's language: ask the connection instead.
        QSqlQuery probe(db.connection());
        if (!db.connection().isOpen() || !probe.exec(QStringLiteral("SELECT 1")))
            kind = Kind::ServerGone;
    } else {
        kind = kindOf(error);
    }
    return {kind, describe(kind, db.location(), error)};
}

QString StoreFault::describe(Kind kind, const StoreLocation &location, const QString &detail)
{
    const QString where = location.kind == SqlDialect::Kind::Sqlite
                              ? QDir::toNativeSeparators(location.sqlitePath)
                              : location.display();
    switch (kind) {
    case Kind::None:
    case Kind::Other:
        return detail;
    case Kind::Full:
        return tr("The disk holding the store %1 is full (%2). Nothing stored before was lost: "
                  "free some space and sync again; it goes on from where it stopped.")
            .arg(where, detail);
    case Kind::ReadOnly:
        return tr("The store file %1 is read-only (%2): Yutang can show what it holds but cannot "
                  "sync or save edits into it. Make the file and its folder writable, or open "
                  "another store.")
            .arg(where, detail);
    case Kind::Damaged:
        return tr("The store file %1 is damaged (%2). Yutang has not changed it. Open another "
                  "store, or re-sync into a fresh store (the damaged file is kept aside).")
            .arg(where, detail);
    case Kind::NewerVersion:
        return tr("The store %1 was written by a newer version of Yutang (%2). It has not been "
                  "changed. Update Yutang, open another store, or re-sync into a fresh store.")
            .arg(where, detail);
    case Kind::ServerGone:
        return tr("The team server %1 went away (%2). Everything stored before is kept: sync "
                  "again when the server is back; it goes on from where it stopped.")
            .arg(where, detail);
    }
    return detail;
}
