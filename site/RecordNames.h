// String names of collections, statuses and event types as they appear on the wire.
#pragma once

#include "ShopRecords.h"

#include <QByteArray>
#include <optional>

class RecordNames
{
public:
    static QByteArray collection(Collection c);
    static std::optional<Collection> collectionFromName(QByteArrayView name);
    static QByteArray idPrefix(Collection c);
    /// "p_12" -> 12 for Products; 0 when the id does not have that collection's shape.
    static quint32 parseId(Collection c, QByteArrayView id);
    static QByteArray id(Collection c, quint32 number);

    static const char *productStatus(ProductStatus s);
    static std::optional<ProductStatus> productStatusFromName(QByteArrayView name);
    static const char *orderStatus(OrderStatus s);
    static std::optional<OrderStatus> orderStatusFromName(QByteArrayView name);
    static const char *eventType(EventType t);
    static const char *shareTarget(ShareTarget t);
    static const char *commissionStatus(CommissionStatus s);
    static std::optional<CommissionStatus> commissionStatusFromName(QByteArrayView name);
};
