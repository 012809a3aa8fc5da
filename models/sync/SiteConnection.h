#pragma once

#include "sync/SiteClient.h"

#include <QByteArray>
#include <QString>

// What a sync or a push needs to reach one shop: its kind, its address and its secret. The
// secret is the profile's keychain item as stored; each kind reads its own format from it (a
// bearer token, a WooCommerce consumer key and secret). It is held in memory only.
struct SiteConnection
{
    QString kind;        // SiteConnector::id(); empty: Yutang's own site API
    QString siteAddress; // as the user typed it
    QByteArray secret;
    RetryPolicy retry;
};
