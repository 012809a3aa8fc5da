#include "sync/CollectionSchema.h"

#include <QList>

namespace {

QStringList list(std::initializer_list<const char *> names)
{
    QStringList l;
    for (const char *n : names)
        l << QString::fromLatin1(n);
    return l;
}

QList<CollectionSchema> build()
{
    return {
        {Collection::Products, QStringLiteral("products"),
         list({"id", "sku", "title", "category", "price", "stock", "status", "updated_at",
               "version", "listing_gen"}),
         QStringLiteral("version"), QStringLiteral("updated_at"),
         list({"price", "stock", "updated_at", "version", "listing_gen"})},
        {Collection::Customers, QStringLiteral("customers"),
         list({"id", "nickname", "registered_at", "referrer_id", "wechat_followed", "updated_at",
               "listing_gen"}),
         QStringLiteral("updated_at"), QStringLiteral("updated_at"),
         list({"registered_at", "wechat_followed", "updated_at", "listing_gen"})},
        {Collection::Orders, QStringLiteral("orders"),
         list({"id", "number", "customer_id", "session_id", "status", "created_at", "paid_at",
               "total", "carrier", "tracking_number", "updated_at", "version", "listing_gen"}),
         QStringLiteral("version"), QStringLiteral("updated_at"),
         list({"created_at", "paid_at", "total", "updated_at", "version", "listing_gen"})},
        {Collection::Sessions, QStringLiteral("sessions"),
         list({"id", "visitor_id", "customer_id", "started_at", "landing_url", "referrer_url",
               "user_agent", "attribution", "listing_gen"}),
         QString(), QString(), list({"started_at", "listing_gen"})},
        {Collection::Events, QStringLiteral("events"),
         list({"id", "session_id", "type", "at", "product_id", "order_id", "customer_id",
               "share_target", "page", "query", "listing_gen"}),
         QString(), QString(), list({"at", "listing_gen"})},
        {Collection::Commissions, QStringLiteral("commissions"),
         list({"id", "order_id", "beneficiary_id", "level", "amount", "status", "created_at",
               "updated_at", "listing_gen"}),
         QStringLiteral("updated_at"), QStringLiteral("updated_at"),
         list({"level", "amount", "created_at", "updated_at", "listing_gen"})},
    };
}

} // namespace

const CollectionSchema &CollectionSchema::of(Collection c)
{
    static const QList<CollectionSchema> all = build();
    for (const CollectionSchema &s : all) {
        if (s.collection == c)
            return s;
    }
    return all.first(); // every Collection is listed above
}

QList<SqlDialect::JsonColumn> CollectionSchema::jsonColumns() const
{
    QList<SqlDialect::JsonColumn> out;
    for (const QString &c : columns)
        out.append({c, integerColumns.contains(c) ? SqlDialect::ValueType::Integer
                                                  : SqlDialect::ValueType::Text});
    return out;
}
