#include "sync/ShopRowWriter.h"

#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

bool ShopRowWriter::write(Database &db, const ShopRecord &shop, QString *error)
{
    QJsonArray rates;
    for (int r : shop.ratesBp)
        rates.append(r);
    QSqlDatabase conn = db.connection();
    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    QSqlQuery q(conn);
    q.prepare(QStringLiteral(
        "INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at, kind, "
        "currency_decimals) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, "
        "timezone = excluded.timezone, rates_bp = excluded.rates_bp, fetched_at = "
        "excluded.fetched_at, kind = excluded.kind, currency_decimals = "
        "excluded.currency_decimals"));
    q.addBindValue(shop.id);
    q.addBindValue(shop.name);
    q.addBindValue(shop.currency);
    q.addBindValue(shop.timezone);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rates).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(shop.kind);
    q.addBindValue(shop.currencyDecimals);
    bool ok = q.exec();
    QSqlQuery del(conn);
    if (ok) {
        del.prepare(QStringLiteral("DELETE FROM shop WHERE id <> ?"));
        del.addBindValue(shop.id);
        ok = del.exec();
    }
    if (!ok) {
        *error = (q.lastError().isValid() ? q.lastError() : del.lastError()).text();
        conn.rollback();
        return false;
    }
    if (!conn.commit()) {
        *error = conn.lastError().text();
        conn.rollback();
        return false;
    }
    return true;
}
