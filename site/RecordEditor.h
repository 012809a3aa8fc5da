// Applies a JSON object of field values to a record. PATCH uses the strict mode (the contract's
// writable fields, validation, legal order transitions only); the admin "touch" endpoint uses the
// lenient mode (more fields, any status, no range checks) to stage test situations.
#pragma once

#include "ShopRecords.h"

#include <QJsonObject>
#include <utility>
#include <vector>

class ShopData;

class RecordEditor
{
public:
    enum class Mode { Patch, Admin };
    using FieldErrors = std::vector<std::pair<QByteArray, QByteArray>>;

    RecordEditor(ShopData &data, Mode mode) : m_data(data), m_mode(mode) {}

    /// Validates, and if there are no errors applies, the fields. Returns the errors (empty = ok).
    FieldErrors editProduct(quint32 number, const QJsonObject &fields);
    FieldErrors editOrder(quint32 number, const QJsonObject &fields, qint64 now);
    FieldErrors editCustomer(quint32 number, const QJsonObject &fields);
    FieldErrors editCommission(quint32 number, const QJsonObject &fields);

    static bool legalTransition(OrderStatus from, OrderStatus to);

private:
    ShopData &m_data;
    Mode m_mode;
};
