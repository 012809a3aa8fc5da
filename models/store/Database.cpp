#include "store/Database.h"

#include "store/Migrations.h"
#include "store/StorePassword.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    QString secret = password;
    QString keychainNote;
    if (secret.isEmpty() && location.kind == SqlDialect::Kind::Postgres)
        secret = StorePassword::lookup(location, &keychainNote);
    std::unique_ptr<Database> db(new Database(location, secret));
    if (!db->connect(error)) {
        if (error && !keychainNote.isEmpty())
            *error += QLatin1Char('\n') +
                      QCoreApplication::translate(
                          "Database", "No password from the keychain (%1): %2. Store it with "
                                      "\"yutang-cli store-password set --db %3\".")
                          .arg(StorePassword::keyFor(location), keychainNote, location.display());
        return nullptr;
    }
    if (!Migrations::apply(*db, error))
        return nullptr;
    return db;
}

std::unique_ptr<Database> Database::clone(QString *error) const
{
    std::unique_ptr<Database> db(new Database(m_location, m_password));
    if (!db->connect(error))
        return nullptr;
    return db;
}

bool Database::connect(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_name);
    if (!db.isValid()) {
        if (error)
            *error =
                QCoreApplication::translate("Database", "The Qt Sql driver %1 is not installed.")
                    .arg(m_dialect.driverName());
        return false;
    }
    if (m_location.kind == SqlDialect::Kind::Sqlite) {
        QDir().mkpath(QFileInfo(m_location.sqlitePath).absolutePath());
        db.setDatabaseName(m_location.sqlitePath);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setDatabaseName(m_location.database);
        db.setPassword(m_password);
        db.setConnectOptions(m_location.connectOptions);
    }
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                         .arg(m_location.display(), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const QString &stmt : m_dialect.connectionSetup()) {
        if (!q.exec(stmt)) {
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot set up the store: %1")
                             .arg(q.lastError().text());
            return false;
        }
    }
    // The sync sends a page's rows as JSON and updates from them (UPDATE … FROM): SQLite 3.33
    // with JSON, which every Qt 6 build and distribution has; said plainly if one does not.
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite &&
        (!q.exec(QStringLiteral("SELECT sqlite_version(), json_valid('[]')")) || !q.next() ||
         !SqlDialect::sqliteIsRecentEnough(q.value(0).toString()))) {
        if (error)
            *error = QCoreApplication::translate(
                         "Database", "This SQLite (%1) is too old for Yutang: it needs 3.33 or "
                                     "newer, with JSON.")
                         .arg(q.value(0).toString().isEmpty() ? q.lastError().text()
                                                              : q.value(0).toString());
        return false;
    }
    return true;
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
