// The kinds of deliberately malformed records that --malformed N plants into listings.
// Kind k (1-based) is planted for the k-th, (k+14)-th, ... malformed record. See README.md.
#pragma once

#include "ShopRecords.h"

enum class MalformedKind : quint8 {
    None = 0,
    ProductPriceString,     ///< "price": "19900"
    CustomerNoRegisteredAt, ///< registered_at missing
    OrderNoId,              ///< id missing
    SessionBadTimestamp,    ///< "started_at": "2026-13-45T99:00:00"
    EventBadTimestamp,      ///< "at": "2026-13-45T99:00:00"
    CommissionAmountString, ///< "amount": "398.00"
    ProductNegativeStock,   ///< "stock": -5
    OrderQuantityZero,      ///< an item with "quantity": 0
    OrderUnknownStatus,     ///< "status": "teleported"
    CustomerFollowedString, ///< "wechat_followed": "yes"
    EventNoSession,         ///< session_id missing
    CommissionLevelZero,    ///< "level": 0
    ProductNullTitle,       ///< "title": null
    OrderItemsNotArray,     ///< "items": {}
    Count
};

inline Collection malformedCollection(MalformedKind k)
{
    switch (k) {
    case MalformedKind::ProductPriceString:
    case MalformedKind::ProductNegativeStock:
    case MalformedKind::ProductNullTitle:
        return Collection::Products;
    case MalformedKind::CustomerNoRegisteredAt:
    case MalformedKind::CustomerFollowedString:
        return Collection::Customers;
    case MalformedKind::SessionBadTimestamp:
        return Collection::Sessions;
    case MalformedKind::EventBadTimestamp:
    case MalformedKind::EventNoSession:
        return Collection::Events;
    case MalformedKind::CommissionAmountString:
    case MalformedKind::CommissionLevelZero:
        return Collection::Commissions;
    default:
        return Collection::Orders;
    }
}

inline const char *malformedName(MalformedKind k)
{
    static const char *const names[] = {"none",
                                        "product_price_string",
                                        "customer_no_registered_at",
                                        "order_no_id",
                                        "session_bad_timestamp",
                                        "event_bad_timestamp",
                                        "commission_amount_string",
                                        "product_negative_stock",
                                        "order_quantity_zero",
                                        "order_unknown_status",
                                        "customer_followed_string",
                                        "event_no_session",
                                        "commission_level_zero",
                                        "product_null_title",
                                        "order_items_not_array"};
    return k < MalformedKind::Count ? names[int(k)] : "unknown";
}
