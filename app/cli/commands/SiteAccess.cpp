#include "commands/SiteAccess.h"

#include "sync/ConnectionProfile.h"
#include "sync/TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SiteAccess", s);
}
} // namespace

SiteAccess::SiteAccess()
    : site(QStringLiteral("site"), tr("The site address (default: the profile's)."), tr("url")),
      tokenEnv(QStringLiteral("token-env"),
               tr("Read the token from this environment variable instead of the keychain."),
               tr("var"))
{}

void SiteAccess::addTo(QCommandLineParser &parser) const
{
    parser.addOption(site);
    parser.addOption(tokenEnv);
}

QString SiteAccess::siteAddress(const QCommandLineParser &parser, const QString &profileName) const
{
    return parser.isSet(site) ? parser.value(site) : ProfileStore::find(profileName).siteAddress;
}

bool SiteAccess::token(const QCommandLineParser &parser, const QString &profileName, CliIo &io,
                       QByteArray *token) const
{
    if (parser.isSet(tokenEnv)) {
        *token = io.env.value(parser.value(tokenEnv)).toUtf8();
        if (token->isEmpty()) {
            io.err << tr("The environment variable %1 is empty or not set.")
                          .arg(parser.value(tokenEnv))
                   << Qt::endl;
            return false;
        }
        return true;
    }
    QString error;
    if (!TokenStore::readBlocking(TokenStore::tokenKey(profileName), token, &error)) {
        io.err << tr("No token for profile \"%1\": %2").arg(profileName, error) << Qt::endl;
        return false;
    }
    return true;
}
