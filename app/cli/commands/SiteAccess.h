#pragma once

#include "commands/Command.h"

#include <QCommandLineOption>

class QCommandLineParser;
struct SiteConnection;

// The --site, --kind and secret options of the verbs that talk to the site, and where the site's
// kind, address and secret come from otherwise (the profile and its keychain entry). Scripts
// pass secrets in environment variables named by --token-env (Yutang) or --key-env and
// --secret-env (WooCommerce's consumer key and secret), never on the command line.
class SiteAccess
{
public:
    SiteAccess();
    void addTo(QCommandLineParser &parser) const;
    // The site address: --site, else the profile's; empty when neither names one.
    QString siteAddress(const QCommandLineParser &parser, const QString &profileName) const;
    // The kind: --kind, else the profile's ("" is Yutang's site API).
    QString kind(const QCommandLineParser &parser, const QString &profileName) const;
    // The secret from the environment variables named on the command line or the profile's
    // keychain entry; prints why on failure.
    bool token(const QCommandLineParser &parser, const QString &profileName, CliIo &io,
               QByteArray *token) const;
    // Kind, address and secret together; prints why on failure (the address may be empty:
    // callers say what that means for them).
    bool connection(const QCommandLineParser &parser, const QString &profileName, CliIo &io,
                    SiteConnection *out) const;

    const QCommandLineOption site;
    const QCommandLineOption kindOption;
    const QCommandLineOption tokenEnv;
    const QCommandLineOption keyEnv;
    const QCommandLineOption secretEnv;
};
