#include "itemmodels/ShopInfo.h"

#include "store/Database.h"

#include <QSqlQuery>

ShopInfo ShopInfo::load(const Database &db)
{
    ShopInfo info;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral(
            "SELECT id, name, currency, timezone, kind, currency_decimals FROM shop LIMIT 1")) &&
        q.next()) {
        info.present = true;
        info.id = q.value(0).toString();
        info.name = q.value(1).toString();
        const QString currency = q.value(2).toString();
        if (!currency.isEmpty())
            info.currency = currency;
        const QByteArray zone = q.value(3).toString().toUtf8();
        if (!zone.isEmpty())
            info.timeZone = zone;
        info.kind = q.value(4).toString();
        if (!q.value(5).isNull())
            info.currencyDecimals = q.value(5).toInt();
    }
    return info;
}

SiteCapabilities ShopInfo::capabilities() const
{
    const SiteConnector *connector = SiteKinds::find(kind);
    return connector ? connector->capabilities() : SiteCapabilities();
}

QString ShopInfo::kindDisplayName() const
{
    const SiteConnector *connector = SiteKinds::find(kind);
    return connector ? connector->displayName() : kind;
}
