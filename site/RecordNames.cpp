#include "RecordNames.h"

namespace {
const char *const kCollections[] = {"products", "customers", "orders",
                                    "sessions", "events",    "commissions"};
const char *const kPrefixes[] = {"p_", "c_", "o_", "s_", "e_", "cm_"};
const char *const kProductStatus[] = {"active", "draft", "archived"};
const char *const kOrderStatus[] = {"pending",   "paid",      "shipped",
                                    "completed", "cancelled", "refunded"};
const char *const kEventTypes[] = {"view_product", "add_to_cart", "begin_checkout",
                                   "purchase",     "register",    "follow",
                                   "share",        "view_page",   "search"};
const char *const kShareTargets[] = {"wechat_friend", "wechat_group", "wechat_moments", "other"};
const char *const kCommissionStatus[] = {"pending", "confirmed", "paid", "reversed"};

template <typename E, size_t N>
std::optional<E> lookup(const char *const (&names)[N], QByteArrayView name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QByteArrayView(names[i]))
            return E(i);
    }
    return std::nullopt;
}
} // namespace

QByteArray RecordNames::collection(Collection c)
{
    return QByteArray(kCollections[int(c)]);
}

std::optional<Collection> RecordNames::collectionFromName(QByteArrayView name)
{
    return lookup<Collection>(kCollections, name);
}

QByteArray RecordNames::idPrefix(Collection c)
{
    return QByteArray(kPrefixes[int(c)]);
}

quint32 RecordNames::parseId(Collection c, QByteArrayView id)
{
    const QByteArrayView prefix(kPrefixes[int(c)]);
    if (!id.startsWith(prefix) || id.size() == prefix.size() || id.size() > prefix.size() + 9)
        return 0;
    quint32 n = 0;
    for (qsizetype i = prefix.size(); i < id.size(); ++i) {
        const char ch = id[i];
        if (ch < '0' || ch > '9')
            return 0;
        n = n * 10 + quint32(ch - '0');
    }
    return n;
}

QByteArray RecordNames::id(Collection c, quint32 number)
{
    return kPrefixes[int(c)] + QByteArray::number(number);
}

const char *RecordNames::productStatus(ProductStatus s)
{
    return kProductStatus[int(s)];
}

std::optional<ProductStatus> RecordNames::productStatusFromName(QByteArrayView name)
{
    return lookup<ProductStatus>(kProductStatus, name);
}

const char *RecordNames::orderStatus(OrderStatus s)
{
    return kOrderStatus[int(s)];
}

std::optional<OrderStatus> RecordNames::orderStatusFromName(QByteArrayView name)
{
    return lookup<OrderStatus>(kOrderStatus, name);
}

const char *RecordNames::eventType(EventType t)
{
    return kEventTypes[int(t)];
}

const char *RecordNames::shareTarget(ShareTarget t)
{
    return kShareTargets[int(t)];
}

const char *RecordNames::commissionStatus(CommissionStatus s)
{
    return kCommissionStatus[int(s)];
}

std::optional<CommissionStatus> RecordNames::commissionStatusFromName(QByteArrayView name)
{
    return lookup<CommissionStatus>(kCommissionStatus, name);
}
