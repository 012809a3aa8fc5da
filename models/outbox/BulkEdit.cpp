#include "outbox/BulkEdit.h"

#include <QCoreApplication>
#include <cmath>

bool BulkEdit::fieldsFor(qint64 currentPrice, QJsonObject *fields, QString *error) const
{
    qint64 price = currentPrice;
    switch (kind) {
    case Kind::SetStatus:
        *fields = {{QStringLiteral("status"), status}};
        return true;
    case Kind::SetStock:
        if (amount < 0) {
            *error = QCoreApplication::translate("BulkEdit", "The stock cannot be below 0.");
            return false;
        }
        *fields = {{QStringLiteral("stock"), amount}};
        return true;
    case Kind::SetPrice:
        price = amount;
        break;
    case Kind::AdjustPriceAmount:
        price = currentPrice + amount;
        break;
    case Kind::AdjustPricePercent:
        price = qint64(std::llround(double(currentPrice) * (100.0 + percent) / 100.0));
        break;
    }
    if (price < 0) {
        *error = QCoreApplication::translate("BulkEdit", "The price would fall below 0.");
        return false;
    }
    *fields = {{QStringLiteral("price"), price}};
    return true;
}
