#pragma once

#include <QByteArray>
#include <QString>

// The shop a main window shows: which profile (or the demo), its kind of site, where to sync from,
// and the secret in memory. A window without a site address shows the store offline.
struct ShopTarget
{
    QString profileName;
    QString kind; // SiteConnector::id(); empty: Yutang's site API
    QString siteAddress;
    QByteArray token; // the kind's secret as the keychain holds it (SiteConnector::packSecret)
    bool demo = false;
};
