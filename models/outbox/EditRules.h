#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What a local edit may contain, checked before it is queued (the site checks again: 422).
// Products: title, price (fen, >= 0), stock (integer >= 0), status, category.
// Orders: only the contract's transitions — paid → shipped (with carrier and tracking number),
// shipped → completed, pending/paid → cancelled.
class EditRules
{
public:
    static QStringList productFields();
    static QStringList productStatuses();
    static bool validateProduct(const QJsonObject &fields, QString *error);

    static QStringList allowedOrderTargets(const QString &currentStatus);
    static bool validateOrder(const QString &currentStatus, const QJsonObject &fields,
                              QString *error);

    static QJsonObject shipFields(const QString &carrier, const QString &trackingNumber);
    static QJsonObject statusFields(const QString &status);
};
