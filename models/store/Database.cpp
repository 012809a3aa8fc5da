#include "store/Database.h"

#include "store/DeferredIndexes.h"
#include "store/Migrations.h"
#include "store/StorePassword.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
QAtomicInt s_connectionCounter;
}

Database::Database(StoreLocation location, QString password)
    : m_location(std::move(location)), m_dialect(m_location.kind), m_password(std::move(password)),
      m_name(QStringLiteral("yutang-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Database> Database::open(const StoreLocation &location, QString *error,
                                         const QString &password)
{
    StoreFault fault;
    auto db = open(location, &fault, password);
    if (!db && error)
        *error = fault.message();
    return db;
}

namespace {

QString detailOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// A failure worded as the fault it is (a full disk, a damaged file, …), or `fallback` with the
// store's own words.
StoreFault faultOf(const QSqlError &error, const StoreLocation &location, const QString &fallback)
{
    const StoreFault::Kind kind = StoreFault::kindOf(error);
    if (kind == StoreFault::Kind::Other || kind == StoreFault::Kind::None)
        return {StoreFault::Kind::Other, fallback};
    return {kind, StoreFault::describe(kind, location, detailOf(error))};
}

} // namespace

std::unique_ptr<Database> Database::open(const StoreLocation &location, StoreFault *fault,
                                         const QString &password)
{
    StoreFault ignored;
    if (!fault)
        fault = &ignored;
    QString secret = password;
    QString keychainNote;
    if (secret.isEmpty() && location.kind == SqlDialect::Kind::Postgres)
        secret = StorePassword::lookup(location, &keychainNote);
    const bool sqlite = location.kind == SqlDialect::Kind::Sqlite;
    const bool existed = sqlite && QFileInfo::exists(location.sqlitePath);
    std::unique_ptr<Database> db(new Database(location, secret));
    bool connected = db->connect(fault, false);
    if (!connected && existed &&
        (fault->kind() == StoreFault::Kind::ReadOnly || fault->kind() == StoreFault::Kind::Other)) {
        // A file in a folder this user cannot write (no room for SQLite's WAL files): read only.
        db->disconnect();
        StoreFault readOnly;
        if (db->connect(&readOnly, true)) {
            connected = true;
            db->m_readOnlyReason =
                StoreFault::describe(StoreFault::Kind::ReadOnly, location,
                                     QCoreApplication::translate(
                                         "Database", "the file or its folder cannot be written"));
        }
    }
    if (!connected) {
        if (!keychainNote.isEmpty())
            *fault = StoreFault(
                fault->kind(),
                fault->message() + QLatin1Char('\n') +
                    QCoreApplication::translate(
                        "Database", "No password from the keychain (%1): %2. Store it with "
                                    "\"yutang-cli store-password set --db %3\".")
                        .arg(StorePassword::keyFor(location), keychainNote, location.display()));
        return nullptr;
    }
    if (existed && !db->checkIntegrity(fault))
        return nullptr;
    QString newer;
    if (Migrations::isFromNewerVersion(*db, &newer)) {
        *fault = StoreFault(StoreFault::Kind::NewerVersion,
                            StoreFault::describe(StoreFault::Kind::NewerVersion, location, newer));
        return nullptr;
    }
    if (existed && !db->isReadOnly() && !db->probeWritable())
        db->m_readOnlyReason = StoreFault::describe(
            StoreFault::Kind::ReadOnly, location,
            QCoreApplication::translate("Database", "the file cannot be written"));
    if (db->isReadOnly()) {
        if (Migrations::hasPendingSteps(*db)) {
            *fault = StoreFault(StoreFault::Kind::ReadOnly,
                                QCoreApplication::translate(
                                    "Database",
                                    "The store file %1 was written by an older Yutang and needs "
                                    "bringing up to date, but it is read-only. Make the file and "
                                    "its folder writable, or open another store.")
                                    .arg(QDir::toNativeSeparators(location.sqlitePath)));
            return nullptr;
        }
        return db;
    }
    QString error;
    if (!Migrations::apply(*db, &error)) {
        const StoreFault::Kind kind = StoreFault::kindOf(error);
        *fault = StoreFault(kind, kind == StoreFault::Kind::Other
                                      ? error
                                      : StoreFault::describe(kind, location, error));
        return nullptr;
    }
    // Indexes a killed first sync left to build. A failure leaves them for the next sync's end,
    // which reports it: the store works without them, only slower.
    QString leftForTheSync;
    DeferredIndexes::restore(*db, &leftForTheSync);
    return db;
}

std::unique_ptr<Database> Database::clone(QString *error) const
{
    std::unique_ptr<Database> db(new Database(m_location, m_password));
    StoreFault fault;
    if (!db->connect(&fault, isReadOnly())) {
        if (error)
            *error = fault.message();
        return nullptr;
    }
    db->m_readOnlyReason = m_readOnlyReason;
    return db;
}

bool Database::connect(StoreFault *fault, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_name);
    if (!db.isValid()) {
        *fault = StoreFault(
            StoreFault::Kind::Other,
            QCoreApplication::translate("Database", "The Qt Sql driver %1 is not installed.")
                .arg(m_dialect.driverName()));
        return false;
    }
    if (m_location.kind == SqlDialect::Kind::Sqlite) {
        if (!readOnly)
            QDir().mkpath(QFileInfo(m_location.sqlitePath).absolutePath());
        db.setDatabaseName(m_location.sqlitePath);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setDatabaseName(m_location.database);
        db.setPassword(m_password);
        db.setConnectOptions(m_location.connectOptions);
    }
    if (openAndSetUp(fault, readOnly))
        return true;
    if (!readOnly || m_location.kind != SqlDialect::Kind::Sqlite)
        return false;
    // A WAL file in a folder nobody may write: SQLite cannot make its shared-memory file, so the
    // file is read as it is on disk (immutable), as a copy on a read-only medium would be.
    db.close();
    db.setDatabaseName(
        QStringLiteral("file:%1?mode=ro&immutable=1")
            .arg(QUrl::fromLocalFile(m_location.sqlitePath).path(QUrl::FullyEncoded)));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    return openAndSetUp(fault, readOnly);
}

bool Database::openAndSetUp(StoreFault *fault, bool readOnly)
{
    QSqlDatabase db = connection();
    if (!db.open()) {
        *fault = faultOf(db.lastError(), m_location,
                         QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                             .arg(m_location.display(), db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    for (const QString &stmt : m_dialect.connectionSetup()) {
        if (readOnly && stmt.contains(QLatin1String("journal_mode")))
            continue; // a read-only file keeps the journal it has
        if (!q.exec(stmt)) {
            *fault = faultOf(q.lastError(), m_location,
                             QCoreApplication::translate("Database", "Cannot set up the store: %1")
                                 .arg(q.lastError().text()));
            return false;
        }
    }
    // The sync sends a page's rows as JSON and updates from them (UPDATE … FROM, 3.33) through a
    // materialised CTE (3.35): SQLite 3.35 with JSON, which Debian 12, Ubuntu 22.04 and Qt's own
    // builds have; said plainly if one does not.
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite &&
        (!q.exec(QStringLiteral("SELECT sqlite_version(), json_valid('[]')")) || !q.next() ||
         !SqlDialect::sqliteIsRecentEnough(q.value(0).toString()))) {
        *fault = StoreFault(StoreFault::Kind::Other,
                            QCoreApplication::translate(
                                "Database", "This SQLite (%1) is too old for Yutang: it needs 3.35 "
                                            "or newer, with JSON.")
                                .arg(q.value(0).toString().isEmpty() ? q.lastError().text()
                                                                     : q.value(0).toString()));
        return false;
    }
    if (readOnly && m_dialect.kind() == SqlDialect::Kind::Sqlite &&
        !q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
        *fault = faultOf(q.lastError(), m_location,
                         QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                             .arg(m_location.display(), q.lastError().text()));
        return false;
    }
    return true;
}

void Database::disconnect()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Database::checkIntegrity(StoreFault *fault)
{
    if (m_location.kind != SqlDialect::Kind::Sqlite ||
        QFileInfo(m_location.sqlitePath).size() > kQuickCheckLimit)
        return true;
    // Reads every page once (about a quarter of a second for 150 MB): a file cut short or with
    // bytes overwritten is found before anything is written to it.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *fault = faultOf(q.lastError(), m_location,
                         QCoreApplication::translate("Database", "Cannot check the store %1: %2")
                             .arg(m_location.display(), q.lastError().text()));
        return false;
    }
    if (q.next() && q.value(0).toString() != QLatin1String("ok")) {
        *fault = StoreFault(
            StoreFault::Kind::Damaged,
            StoreFault::describe(StoreFault::Kind::Damaged, m_location,
                                 q.value(0).toString().section(QLatin1Char('\n'), 0, 0)));
        return false;
    }
    return true;
}

bool Database::probeWritable() const
{
    if (m_location.kind != SqlDialect::Kind::Sqlite)
        return true;
        // SQLite opens a file it may not write for reading only, without a word, and fails at the
        // first write. Asked of the system rather than tried: a trial write would wait for the lock
        // while another sync writes. The effective user decides, as for SQLite's own open().
#ifdef Q_OS_UNIX
    return faccessat(AT_FDCWD, QFile::encodeName(m_location.sqlitePath).constData(), W_OK,
                     AT_EACCESS) == 0;
#else
    return QFileInfo(m_location.sqlitePath).isWritable();
#endif
}

bool Database::reconnectIfLost(QString *error)
{
    if (m_location.kind != SqlDialect::Kind::Postgres)
        return true;
    {
        QSqlQuery q(connection());
        if (connection().isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return true;
    }
    connection().close();
    StoreFault fault;
    if (openAndSetUp(&fault, false))
        return true;
    if (error)
        *error = StoreFault::describe(StoreFault::Kind::ServerGone, m_location, fault.message());
    return false;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}
