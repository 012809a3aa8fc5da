#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    StoreLocation loc;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            if (error)
                *error = QCoreApplication::translate("StoreLocation",
                                                     "Not a valid PostgreSQL URL: %1 "
                                                     "(expected postgresql://user@host:port/dbname)")
                             .arg(text);
            return {};
        }
        loc.kind = SqlDialect::Kind::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.database = url.path().mid(1);
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options << key + QLatin1Char('=') + value;
        loc.connectOptions = options.join(QLatin1Char(';'));
        return loc;
    }
    QString path = text;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("StoreLocation", "No database path given.");
        return {};
    }
    loc.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return loc;
}

StoreLocation StoreLocation::defaultFor(const QString &profileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    StoreLocation loc;
    QString safe = profileName;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    loc.sqlitePath = QDir(dir).filePath(QStringLiteral("shops/%1.sqlite").arg(safe));
    return loc;
}

QString StoreLocation::display() const
{
    if (kind == SqlDialect::Kind::Sqlite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}
