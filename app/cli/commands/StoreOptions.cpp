#include "commands/StoreOptions.h"

#include "store/Database.h"
#include "sync/ConnectionProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("StoreOptions", s);
}
} // namespace

StoreOptions::StoreOptions()
    : db(QStringLiteral("db"),
         tr("The store: a SQLite file, or postgresql://user@host:port/dbname (default: the profile's)."),
         tr("path")),
      profile(QStringLiteral("profile"), tr("The connection profile (shop) to use."), tr("name"))
{
}

void StoreOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(db);
    parser.addOption(profile);
}

QString StoreOptions::profileName(const QCommandLineParser &parser) const
{
    if (parser.isSet(profile))
        return parser.value(profile);
    const QString current = ProfileStore::current();
    return current.isEmpty() ? QStringLiteral("default") : current;
}

std::unique_ptr<Database> StoreOptions::open(const QCommandLineParser &parser, CliIo &io,
                                             int *exitCode, IfMissing ifMissing) const
{
    StoreLocation location;
    QString error;
    if (parser.isSet(db)) {
        location = StoreLocation::parse(parser.value(db), &error);
    } else {
        const ConnectionProfile p = ProfileStore::find(profileName(parser));
        location = p.storeLocation.isEmpty() ? StoreLocation::defaultFor(profileName(parser))
                                             : StoreLocation::parse(p.storeLocation, &error);
    }
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        *exitCode = ExitUsage;
        return nullptr;
    }
    if (ifMissing == IfMissing::Refuse && location.kind == SqlDialect::Kind::Sqlite &&
        !QFileInfo::exists(location.sqlitePath)) {
        io.err << tr("No store at %1: nothing has been synced into it (yutang-cli sync makes it).")
                      .arg(QDir::toNativeSeparators(location.sqlitePath))
               << Qt::endl;
        *exitCode = ExitStore;
        return nullptr;
    }
    auto database = Database::open(location, &error);
    if (!database) {
        io.err << error << Qt::endl;
        *exitCode = ExitStore;
        return nullptr;
    }
    // A read-only store can still be read; a sync refuses with the same words (SyncSession).
    if (database->isReadOnly() && ifMissing == IfMissing::Refuse)
        io.err << database->readOnlyReason() << Qt::endl;
    return database;
}
