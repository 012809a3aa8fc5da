#pragma once

#include <QByteArray>
#include <QString>

// A WooCommerce REST key: the consumer key (ck_…) and secret (cs_…), kept as one keychain item
// (a small JSON object) so a profile has one secret like every other kind.
struct WooCredentials
{
    QString consumerKey;
    QString consumerSecret;

    bool isValid() const { return !consumerKey.isEmpty() && !consumerSecret.isEmpty(); }
    QByteArray pack() const;
    static WooCredentials unpack(const QByteArray &secret);
};
