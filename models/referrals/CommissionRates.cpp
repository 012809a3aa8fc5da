#include "referrals/CommissionRates.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

QList<int> CommissionRates::load(const Database &db)
{
    QSqlQuery q(db.connection());
    QList<int> rates;
    if (!q.exec(QStringLiteral("SELECT rates_bp FROM shop")) || !q.next())
        return rates;
    const QJsonArray array = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        rates.append(v.toInt());
    return rates;
}
