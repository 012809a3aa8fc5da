#include "TempStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

QAtomicInt s_databaseCounter;

// CTest's SKIP_RETURN_CODE for the _pg registrations: a test that reaches a TempStore without a
// usable server (and did not QSKIP in initTestCase) is reported as skipped, never as passed.
constexpr int kSkipExitCode = 77;

QString postgresUrl()
{
    return qEnvironmentVariable("YUTANG_TEST_PG_URL");
}

// Runs statements on the server's maintenance connection (the database named in the URL).
bool runOnServer(const QStringList &statements, QString *error)
{
    const QString name =
        QStringLiteral("tempstore-admin-%1").arg(s_databaseCounter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QString parseError;
        const StoreLocation loc = StoreLocation::parse(postgresUrl(), &parseError);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc.host);
        db.setPort(loc.port);
        db.setUserName(loc.user);
        db.setDatabaseName(loc.database);
        db.setPassword(TempStore::postgresPassword());
        if (!parseError.isEmpty() || !db.open()) {
            ok = false;
            if (error)
                *error = parseError.isEmpty() ? db.lastError().text() : parseError;
        }
        QSqlQuery q(db);
        for (const QString &stmt : statements) {
            if (!ok)
                break;
            ok = q.exec(stmt);
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TempStore::usesPostgres()
{
    return qEnvironmentVariable("YUTANG_TEST_BACKEND") == QLatin1String("postgres");
}

QString TempStore::postgresPassword()
{
    return qEnvironmentVariable("YUTANG_TEST_PG_PASSWORD");
}

QString TempStore::unavailableReason()
{
    if (!usesPostgres())
        return {};
    static const QString reason = [] {
        if (postgresUrl().isEmpty())
            return QStringLiteral("PostgreSQL backend requested but YUTANG_TEST_PG_URL is not set "
                                  "(run scripts/test.sh, which starts a throwaway server)");
        QString error;
        if (!runOnServer({QStringLiteral("SELECT 1")}, &error))
            return QStringLiteral("PostgreSQL at %1 is not reachable: %2")
                .arg(postgresUrl(), error);
        return QString();
    }();
    return reason;
}

QString TempStore::createPostgresDatabase(const QString &hint, QString *error)
{
    QString safe;
    for (QChar c : hint.toLower())
        safe += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    const QString name = QStringLiteral("yt_t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(s_databaseCounter.fetchAndAddRelaxed(1))
                             .arg(safe.left(20));
    if (!runOnServer({QStringLiteral("CREATE DATABASE %1").arg(name)}, error))
        return {};
    QUrl url(postgresUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void TempStore::dropPostgresDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    QString error;
    // FORCE ends our own leftover connections, but not an autovacuum worker that happens to be
    // in the database (owned by the superuser): that one finishes quickly, so try again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (runOnServer({QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)},
                        &error))
            return;
        QThread::msleep(100);
    }
    qWarning("Cannot drop the test database %s: %s", qPrintable(name), qPrintable(error));
}

TempStore::TempStore()
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        std::fprintf(stdout, "SKIP   : %s\n", qPrintable(reason));
        std::fflush(stdout);
        std::exit(kSkipExitCode);
    }
    QString error;
    m_db = openAt(QStringLiteral("store.sqlite"), &error);
    if (!m_db)
        qFatal("Cannot open a temporary store: %s", qPrintable(error));
    m_locationText = usesPostgres() ? m_postgresDatabases.constFirst()
                                    : m_dir.filePath(QStringLiteral("store.sqlite"));
}

TempStore::~TempStore()
{
    m_db.reset();
    for (const QString &url : std::as_const(m_postgresDatabases))
        dropPostgresDatabase(url);
}

std::unique_ptr<Database> TempStore::openAt(const QString &fileName, QString *error)
{
    if (!usesPostgres())
        return Database::open(StoreLocation::parse(m_dir.filePath(fileName)), error);
    const QString url = createPostgresDatabase(fileName.section(QLatin1Char('.'), 0, 0), error);
    if (url.isEmpty())
        return nullptr;
    m_postgresDatabases << url;
    return Database::open(StoreLocation::parse(url), error, postgresPassword());
}

std::unique_ptr<Database> TempStore::openAnother(const QString &fileName)
{
    QString error;
    auto db = openAt(fileName, &error);
    if (!db)
        qWarning("Cannot open %s: %s", qPrintable(fileName), qPrintable(error));
    return db;
}

QStringList TempStore::dump(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    const bool quarantine = table == QLatin1String("quarantine");
    const QString columns = quarantine ? QStringLiteral("collection, record_id, reason, raw_json")
                                       : QStringLiteral("*");
    QStringList rows;
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList cells;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            if (rec.fieldName(i) == QLatin1String("listing_gen"))
                continue;
            cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        }
        rows << cells.join(QLatin1Char('|'));
    }
    // Sorted here rather than by ORDER BY so that two backends (collations) compare equal.
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList TempStore::secondaryIndexes(const Database &db, const QStringList &tables)
{
    QSqlQuery q(db.connection());
    QStringList names;
    const QString list =
        QLatin1Char('\'') + tables.join(QStringLiteral("', '")) + QLatin1Char('\'');
    if (q.exec(db.dialect().kind() == SqlDialect::Kind::Sqlite
                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                    "tbl_name IN (%1) AND sql IS NOT NULL ORDER BY name")
                         .arg(list)
                   : QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = "
                                    "current_schema() AND tablename IN (%1) AND indexname NOT "
                                    "LIKE '%_pkey' ORDER BY indexname")
                         .arg(list)))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QStringList TempStore::deferredIndexes(const Database &db)
{
    QSqlQuery q(db.connection());
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM deferred_indexes ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}
