#pragma once

#include <QByteArray>
#include <QString>

// The shop a main window shows: which profile (or the demo), where to sync from, and the token in
// memory. A window without a site address shows the store offline.
struct ShopTarget
{
    QString profileName;
    QString siteAddress;
    QByteArray token;
    bool demo = false;
};
