#include "sync/Collection.h"

namespace Collections {

const QList<Collection> &all()
{
    static const QList<Collection> list = {Collection::Products, Collection::Customers,
                                           Collection::Orders,   Collection::Sessions,
                                           Collection::Events,   Collection::Commissions};
    return list;
}

QString name(Collection c)
{
    switch (c) {
    case Collection::Products:
        return QStringLiteral("products");
    case Collection::Customers:
        return QStringLiteral("customers");
    case Collection::Orders:
        return QStringLiteral("orders");
    case Collection::Sessions:
        return QStringLiteral("sessions");
    case Collection::Events:
        return QStringLiteral("events");
    case Collection::Commissions:
        return QStringLiteral("commissions");
    }
    return {};
}

bool fromName(const QString &n, Collection *out)
{
    for (Collection c : all()) {
        if (name(c) == n) {
            *out = c;
            return true;
        }
    }
    return false;
}

} // namespace Collections
