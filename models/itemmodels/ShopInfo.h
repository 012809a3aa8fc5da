#pragma once

#include "core/ShopCalendar.h"
#include "sync/SiteConnector.h"

#include <QByteArray>
#include <QString>

// The synced shop's row in the `shop` table: name, currency, the time zone its days are in and
// the kind of site it comes from. Before the first sync there is no row; the defaults are the
// contract's (CNY, Asia/Shanghai, Yutang's site API).
struct ShopInfo
{
    bool present = false;
    QString id;
    QString name;
    QString currency = QStringLiteral("CNY");
    int currencyDecimals = 2;
    QByteArray timeZone = QByteArrayLiteral("Asia/Shanghai");
    QString kind; // SiteConnector::id(); empty: Yutang's (stores made before kinds existed)

    static ShopInfo load(const Database &db);
    ShopCalendar calendar() const { return ShopCalendar(timeZone); }
    // What the shop's kind of site can supply (an unknown kind: everything, as Yutang's).
    SiteCapabilities capabilities() const;
    // The kind's name for the user ("WooCommerce"); the id itself for an unknown kind.
    QString kindDisplayName() const;
};
