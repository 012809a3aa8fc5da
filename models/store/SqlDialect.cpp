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
        // transaction granularity in WAL mode, which is what resumable paging needs.
        return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=10000"),
                QStringLiteral("PRAGMA temp_store=MEMORY")};
    }
    return {QStringLiteral("SET client_encoding TO 'UTF8'"), QStringLiteral("SET TIME ZONE 'UTC'")};
}

QString SqlDialect::caseInsensitiveLike() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}
