#pragma once

#include "core/ShopCalendar.h"

#include <QByteArray>
#include <QString>

class Database;

// The synced shop's row in the `shop` table: name, currency and the time zone its days are in.
// Before the first sync there is no row; the defaults are the contract's (CNY, Asia/Shanghai).
struct ShopInfo
{
    bool present = false;
    QString id;
    QString name;
    QString currency = QStringLiteral("CNY");
    QByteArray timeZone = QByteArrayLiteral("Asia/Shanghai");

    static ShopInfo load(const Database &db);
    ShopCalendar calendar() const { return ShopCalendar(timeZone); }
};
