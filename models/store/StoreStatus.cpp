#include "store/StoreStatus.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

StoreStatus StoreStatus::read(const Database &db)
{
    StoreStatus s;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT name, currency, timezone FROM shop")) && q.next()) {
        s.shopName = q.value(0).toString();
        s.currency = q.value(1).toString();
        s.timezone = q.value(2).toString();
    }
    static const char *tables[] = {"products", "customers", "orders", "sessions", "events", "commissions"};
    for (const char *table : tables) {
        const QString name = QLatin1String(table);
        qint64 n = 0;
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(name)) && q.next())
            n = q.value(0).toLongLong();
        s.counts.append({name, n});
    }
    if (q.exec(QStringLiteral("SELECT collection, record_id, reason, raw_json FROM quarantine ORDER BY collection, id"))) {
        while (q.next())
            s.quarantined.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    const QString last = db.meta(QStringLiteral("last_sync_at"));
    if (!last.isEmpty())
        s.lastSyncAt = QDateTime::fromMSecsSinceEpoch(last.toLongLong()).toUTC();
    return s;
}

QJsonObject StoreStatus::toJson() const
{
    QJsonObject counts;
    for (const auto &[name, n] : this->counts)
        counts.insert(name, n);
    QJsonObject byCollection;
    for (const Quarantined &q : quarantined) {
        QJsonArray list = byCollection.value(q.collection).toArray();
        list.append(QJsonObject{{QStringLiteral("id"), q.recordId.isEmpty() ? QJsonValue() : QJsonValue(q.recordId)},
                                {QStringLiteral("reason"), q.reason}});
        byCollection.insert(q.collection, list);
    }
    QJsonObject shop;
    if (!shopName.isEmpty())
        shop = {{QStringLiteral("name"), shopName}, {QStringLiteral("currency"), currency}, {QStringLiteral("timezone"), timezone}};
    return {{QStringLiteral("shop"), shop.isEmpty() ? QJsonValue() : QJsonValue(shop)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("quarantined"), byCollection},
            {QStringLiteral("quarantined_total"), qint64(quarantined.size())},
            {QStringLiteral("last_sync_at"), lastSyncAt.isValid() ? QJsonValue(lastSyncAt.toString(Qt::ISODateWithMs)) : QJsonValue()}};
}
