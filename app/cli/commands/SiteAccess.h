#pragma once

#include "commands/Command.h"

#include <QCommandLineOption>

class QCommandLineParser;

// The --site and --token-env options of the verbs that talk to the site, and where the site
// address and token come from otherwise (the profile and its keychain entry).
class SiteAccess
{
public:
    SiteAccess();
    void addTo(QCommandLineParser &parser) const;
    // The site address: --site, else the profile's; empty when neither names one.
    QString siteAddress(const QCommandLineParser &parser, const QString &profileName) const;
    // The token from --token-env or the profile's keychain entry; prints why on failure.
    bool token(const QCommandLineParser &parser, const QString &profileName, CliIo &io,
               QByteArray *token) const;

    const QCommandLineOption site;
    const QCommandLineOption tokenEnv;
};
