#include "commands/TokenCommand.h"

#include "commands/ConnectCommand.h"
#include "commands/StoreOptions.h"
#include "sync/ConnectionProfile.h"
#include "sync/SiteAddress.h"
#include "sync/TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("TokenCommand", s);
}
} // namespace

QString TokenCommand::description() const
{
    return tr("Store (set), test (check) or forget (clear) a profile's site token in the system keychain.");
}

int TokenCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption site(QStringLiteral("site"), tr("Also save the profile's site address."), tr("url"));
    parser.addOption(site);
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, check or clear"));
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString profileName = store.profileName(parser);
    const QString key = TokenStore::tokenKey(profileName);
    QString error;

    if (parser.isSet(site)) {
        SiteAddress address;
        if (!SiteAddress::parse(parser.value(site), &address, &error)) {
            io.err << error << Qt::endl;
            return ExitBadAddress;
        }
        ConnectionProfile profile = ProfileStore::find(profileName);
        profile.name = profileName;
        profile.siteAddress = parser.value(site);
        ProfileStore::save(profile);
    }

    if (action == QLatin1String("set")) {
        // A WooCommerce profile's secret is two lines (consumer key, then secret), packed as
        // its connector keeps it; a Yutang profile's is one token.
        QByteArray token;
        if (!ConnectCommand::readSecret(ProfileStore::find(profileName).kind, m_input, io, &token))
            return ExitUsage;
        if (!TokenStore::writeBlocking(key, token, &error)) {
            io.err << error << Qt::endl;
            return ExitKeychain;
        }
        io.out << tr("Token for profile \"%1\" saved in the system keychain.").arg(profileName) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("check")) {
        QByteArray token;
        if (!TokenStore::readBlocking(key, &token, &error)) {
            io.err << error << Qt::endl;
            return ExitKeychain;
        }
        io.out << QCoreApplication::translate("TokenCommand", "Profile \"%1\" has a token in the system keychain (%n characters).", nullptr, int(token.size())).arg(profileName)
               << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("clear")) {
        if (!TokenStore::removeBlocking(key, &error)) {
            io.err << error << Qt::endl;
            return ExitKeychain;
        }
        io.out << tr("Token for profile \"%1\" removed.").arg(profileName) << Qt::endl;
        return ExitOk;
    }
    io.err << tr("Say what to do: yutang-cli token set|check|clear --profile NAME") << Qt::endl;
    return ExitUsage;
}
