#include "commands/SiteAccess.h"

#include "sync/ConnectionProfile.h"
#include "sync/SiteConnection.h"
#include "sync/SiteConnector.h"
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
      kindOption(QStringLiteral("kind"),
                 tr("The kind of site: yutang or woocommerce (default: the profile's)."),
                 tr("kind")),
      tokenEnv(QStringLiteral("token-env"),
               tr("Read the token from this environment variable instead of the keychain."),
               tr("var")),
      keyEnv(QStringLiteral("key-env"),
             tr("WooCommerce: read the consumer key from this environment variable instead of "
                "the keychain."),
             tr("var")),
      secretEnv(QStringLiteral("secret-env"),
                tr("WooCommerce: read the consumer secret from this environment variable instead "
                   "of the keychain."),
                tr("var"))
{}

void SiteAccess::addTo(QCommandLineParser &parser) const
{
    parser.addOption(site);
    parser.addOption(kindOption);
    parser.addOption(tokenEnv);
    parser.addOption(keyEnv);
    parser.addOption(secretEnv);
}

QString SiteAccess::kind(const QCommandLineParser &parser, const QString &profileName) const
{
    return parser.isSet(kindOption) ? parser.value(kindOption)
                                    : ProfileStore::find(profileName).kind;
}

bool SiteAccess::connection(const QCommandLineParser &parser, const QString &profileName, CliIo &io,
                            SiteConnection *out) const
{
    out->kind = kind(parser, profileName);
    if (!SiteKinds::find(out->kind)) {
        QStringList known;
        for (const SiteConnector *k : SiteKinds::all())
            known << k->id();
        io.err << tr("Unknown kind of site \"%1\" (known: %2).")
                      .arg(out->kind, known.join(QStringLiteral(", ")))
               << Qt::endl;
        return false;
    }
    out->siteAddress = siteAddress(parser, profileName);
    return token(parser, profileName, io, &out->secret);
}

QString SiteAccess::siteAddress(const QCommandLineParser &parser, const QString &profileName) const
{
    return parser.isSet(site) ? parser.value(site) : ProfileStore::find(profileName).siteAddress;
}

bool SiteAccess::token(const QCommandLineParser &parser, const QString &profileName, CliIo &io,
                       QByteArray *token) const
{
    auto fromEnv = [&](const QCommandLineOption &option, QByteArray *value) {
        *value = io.env.value(parser.value(option)).toUtf8();
        if (value->isEmpty()) {
            io.err
                << tr("The environment variable %1 is empty or not set.").arg(parser.value(option))
                << Qt::endl;
            return false;
        }
        return true;
    };
    if (parser.isSet(tokenEnv))
        return fromEnv(tokenEnv, token);
    if (parser.isSet(keyEnv) || parser.isSet(secretEnv)) {
        const SiteConnector *connector = SiteKinds::find(kind(parser, profileName));
        if (!parser.isSet(keyEnv) || !parser.isSet(secretEnv) || !connector ||
            connector->secretParts().size() != 2) {
            io.err << tr("--key-env and --secret-env go together, for a WooCommerce site.")
                   << Qt::endl;
            return false;
        }
        QByteArray key, secret;
        if (!fromEnv(keyEnv, &key) || !fromEnv(secretEnv, &secret))
            return false;
        *token = connector->packSecret({key, secret});
        return true;
    }
    QString error;
    if (!TokenStore::readBlocking(TokenStore::tokenKey(profileName), token, &error)) {
        io.err << tr("No token for profile \"%1\": %2").arg(profileName, error) << Qt::endl;
        return false;
    }
    return true;
}
