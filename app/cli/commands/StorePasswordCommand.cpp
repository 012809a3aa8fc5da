#include "commands/StorePasswordCommand.h"

#include "store/StoreLocation.h"
#include "store/StorePassword.h"
#include "sync/TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("StorePasswordCommand", s);
}
} // namespace

QString StorePasswordCommand::description() const
{
    return tr("Store (set), test (check) or forget (clear) a team database's password in the "
              "system keychain.");
}

int StorePasswordCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The team database: postgresql://user@host:port/dbname."),
                                tr("url"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, check or clear"));
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    QString error;
    const StoreLocation location = StoreLocation::parse(parser.value(db), &error);
    if (!parser.isSet(db) || !error.isEmpty() || location.kind != SqlDialect::Kind::Postgres) {
        io.err << (error.isEmpty()
                       ? tr("Name the team database: --db postgresql://user@host:port/dbname")
                       : error)
               << Qt::endl;
        return ExitUsage;
    }
    const QString key = StorePassword::keyFor(location);
    if (action == QLatin1String("set")) {
        const QByteArray password = m_input->readLine().toUtf8();
        if (password.isEmpty()) {
            io.err << tr("No password on standard input.") << Qt::endl;
            return ExitUsage;
        }
        if (!TokenStore::writeBlocking(key, password, &error)) {
            io.err << error << Qt::endl;
            return ExitKeychain;
        }
        io.out << tr("Password for %1 saved in the system keychain.").arg(location.display())
               << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("check")) {
        QByteArray password;
        if (!TokenStore::readBlocking(key, &password, &error)) {
            io.err << error << Qt::endl;
            return ExitKeychain;
        }
        io.out << tr("%1 has a password in the system keychain.").arg(location.display())
               << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("clear")) {
        if (!TokenStore::removeBlocking(key, &error)) {
            io.err << error << Qt::endl;
            return ExitKeychain;
        }
        io.out << tr("Password for %1 removed.").arg(location.display()) << Qt::endl;
        return ExitOk;
    }
    io.err << tr("Say what to do: yutang-cli store-password set|check|clear --db postgresql://...")
           << Qt::endl;
    return ExitUsage;
}
