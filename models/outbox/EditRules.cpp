#include "outbox/EditRules.h"

#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("EditRules", s);
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}
} // namespace

QStringList EditRules::productFields()
{
    return {QStringLiteral("title"), QStringLiteral("price"), QStringLiteral("stock"),
            QStringLiteral("status"), QStringLiteral("category")};
}

QStringList EditRules::productStatuses()
{
    return {QStringLiteral("active"), QStringLiteral("draft"), QStringLiteral("archived")};
}

bool EditRules::validateProduct(const QJsonObject &fields, QString *error)
{
    if (fields.isEmpty()) {
        *error = tr("Nothing to change.");
        return false;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue v = it.value();
        if (!productFields().contains(key)) {
            *error = tr("A product has no editable field \"%1\".").arg(key);
            return false;
        }
        if (key == QLatin1String("price") || key == QLatin1String("stock")) {
            if (!isInteger(v) || v.toDouble() < 0) {
                *error = key == QLatin1String("price")
                             ? tr("The price must be a number of at least 0.")
                             : tr("The stock must be a whole number of at least 0.");
                return false;
            }
        } else if (!v.isString()) {
            *error = tr("\"%1\" must be text.").arg(key);
            return false;
        } else if (key == QLatin1String("title") && v.toString().trimmed().isEmpty()) {
            *error = tr("The title cannot be empty.");
            return false;
        } else if (key == QLatin1String("status") && !productStatuses().contains(v.toString())) {
            *error =
                tr("Unknown product status \"%1\" (active, draft or archived).").arg(v.toString());
            return false;
        }
    }
    return true;
}

QStringList EditRules::allowedOrderTargets(const QString &currentStatus)
{
    if (currentStatus == QLatin1String("pending"))
        return {QStringLiteral("cancelled")};
    if (currentStatus == QLatin1String("paid"))
        return {QStringLiteral("shipped"), QStringLiteral("cancelled")};
    if (currentStatus == QLatin1String("shipped"))
        return {QStringLiteral("completed")};
    return {};
}

bool EditRules::validateOrder(const QString &currentStatus, const QJsonObject &fields,
                              QString *error)
{
    const QString target = fields.value(QLatin1String("status")).toString();
    if (target.isEmpty()) {
        *error = tr("An order edit must set a status.");
        return false;
    }
    if (!allowedOrderTargets(currentStatus).contains(target)) {
        *error = tr("An order that is %1 cannot become %2.").arg(currentStatus, target);
        return false;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("status") && it.key() != QLatin1String("shipping")) {
            *error = tr("An order has no editable field \"%1\".").arg(it.key());
            return false;
        }
    }
    if (target == QLatin1String("shipped")) {
        const QJsonObject shipping = fields.value(QLatin1String("shipping")).toObject();
        if (shipping.value(QLatin1String("carrier")).toString().trimmed().isEmpty() ||
            shipping.value(QLatin1String("tracking_number")).toString().trimmed().isEmpty()) {
            *error = tr("Shipping needs a carrier and a tracking number.");
            return false;
        }
    } else if (fields.contains(QLatin1String("shipping"))) {
        *error = tr("Shipping details go only with the status \"shipped\".");
        return false;
    }
    return true;
}

QJsonObject EditRules::shipFields(const QString &carrier, const QString &trackingNumber)
{
    return {{QStringLiteral("status"), QStringLiteral("shipped")},
            {QStringLiteral("shipping"),
             QJsonObject{{QStringLiteral("carrier"), carrier.trimmed()},
                         {QStringLiteral("tracking_number"), trackingNumber.trimmed()}}}};
}

QJsonObject EditRules::statusFields(const QString &status)
{
    return {{QStringLiteral("status"), status}};
}
