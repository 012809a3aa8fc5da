#include "RecordEditor.h"

#include "RecordNames.h"
#include "ShopData.h"

#include <cmath>
#include <optional>

namespace {

std::optional<qint64> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
        return std::nullopt;
    return qint64(d);
}

QByteArray text(const QJsonValue &v)
{
    return v.toString().trimmed().toUtf8();
}

} // namespace

bool RecordEditor::legalTransition(OrderStatus from, OrderStatus to)
{
    using S = OrderStatus;
    switch (to) {
    case S::Paid:
        return from == S::Pending;
    case S::Shipped:
        return from == S::Paid;
    case S::Completed:
        return from == S::Shipped;
    case S::Cancelled:
        return from == S::Pending || from == S::Paid;
    case S::Refunded:
        return from == S::Paid || from == S::Shipped || from == S::Completed;
    case S::Pending:
        return false;
    }
    return false;
}

RecordEditor::FieldErrors RecordEditor::editProduct(quint32 number, const QJsonObject &f)
{
    FieldErrors errors;
    Product next = *m_data.product(number);
    const bool strict = m_mode == Mode::Patch;
    bool any = false;
    if (f.contains(u"title")) {
        any = true;
        const QByteArray t = text(f.value(u"title"));
        if (!f.value(u"title").isString() || t.isEmpty() ||
            f.value(u"title").toString().size() > 200)
            errors.emplace_back("title", "must be a non-empty string of at most 200 characters");
        else
            next.title = t;
    }
    if (f.contains(u"category")) {
        any = true;
        const QByteArray t = text(f.value(u"category"));
        if (!f.value(u"category").isString() || t.isEmpty() || t.size() > 100)
            errors.emplace_back("category", "must be a non-empty string");
        else
            next.category = t;
    }
    for (const char *name : {"price", "stock"}) {
        const QString key = QString::fromLatin1(name);
        if (!f.contains(key))
            continue;
        any = true;
        const auto v = integer(f.value(key));
        if (!v)
            errors.emplace_back(name, "must be an integer");
        else if (strict && *v < 0)
            errors.emplace_back(name, "must be >= 0");
        else if (strict && *v > 100000000000LL)
            errors.emplace_back(name, "is too large");
        else
            (QByteArrayView(name) == "price" ? next.price : next.stock) = *v;
    }
    if (f.contains(u"status")) {
        any = true;
        const auto s = RecordNames::productStatusFromName(f.value(u"status").toString().toUtf8());
        if (!f.value(u"status").isString() || !s)
            errors.emplace_back("status", "must be one of active, draft, archived");
        else
            next.status = *s;
    }
    if (!strict && f.contains(u"sku"))
        next.sku = text(f.value(u"sku")), any = true;
    if (strict && !any)
        errors.emplace_back("body",
                            "must contain at least one of title, price, stock, status, category");
    if (errors.empty())
        *m_data.product(number) = std::move(next);
    return errors;
}

RecordEditor::FieldErrors RecordEditor::editOrder(quint32 number, const QJsonObject &f, qint64 now)
{
    FieldErrors errors;
    Order *o = m_data.order(number);
    const bool strict = m_mode == Mode::Patch;
    std::optional<OrderStatus> to;
    if (f.contains(u"status")) {
        to = RecordNames::orderStatusFromName(f.value(u"status").toString().toUtf8());
        if (!f.value(u"status").isString() || !to) {
            errors.emplace_back(
                "status", "must be one of pending, paid, shipped, completed, cancelled, refunded");
        } else if (strict && !legalTransition(o->status, *to)) {
            errors.emplace_back("status", QByteArray("cannot change from ") +
                                              RecordNames::orderStatus(o->status) + " to " +
                                              RecordNames::orderStatus(*to));
        }
    } else if (strict) {
        errors.emplace_back("status", "is required");
    }
    QByteArray carrier, tracking;
    const bool hasShipping = f.contains(u"shipping") && f.value(u"shipping").isObject();
    if (hasShipping) {
        const QJsonObject s = f.value(u"shipping").toObject();
        carrier = text(s.value(u"carrier"));
        tracking = text(s.value(u"tracking_number"));
    } else if (f.contains(u"shipping") && !f.value(u"shipping").isNull()) {
        errors.emplace_back("shipping", "must be an object with carrier and tracking_number");
    }
    const bool shipping = to && *to == OrderStatus::Shipped;
    if (shipping && strict) {
        if (carrier.isEmpty() || carrier.size() > 32)
            errors.emplace_back("shipping.carrier", "is required when status is shipped");
        if (tracking.isEmpty() || tracking.size() > 64)
            errors.emplace_back("shipping.tracking_number", "is required when status is shipped");
    }
    if (!errors.empty())
        return errors;

    if (hasShipping && (shipping || !strict)) {
        o->carrier = carrier;
        o->trackingNumber = tracking;
    }
    if (!strict && f.contains(u"total")) {
        if (const auto v = integer(f.value(u"total")))
            o->total = *v;
    }
    if (to && *to != o->status) {
        const OrderStatus from = o->status;
        o->status = *to;
        if (*to == OrderStatus::Paid && !o->paidAt) {
            o->paidAt = now;
            m_data.bookCommissions(number, now, CommissionStatus::Pending);
        }
        if (*to == OrderStatus::Refunded && from != OrderStatus::Refunded)
            m_data.reverseCommissions(number, now);
    }
    return errors;
}

RecordEditor::FieldErrors RecordEditor::editCustomer(quint32 number, const QJsonObject &f)
{
    Customer *c = m_data.customer(number);
    if (f.contains(u"nickname"))
        c->nickname = text(f.value(u"nickname"));
    if (f.contains(u"referrer_id")) {
        const QJsonValue v = f.value(u"referrer_id");
        c->referrer =
            v.isNull() ? 0 : RecordNames::parseId(Collection::Customers, v.toString().toUtf8());
    }
    if (f.contains(u"wechat_followed"))
        c->wechatFollowed = f.value(u"wechat_followed").toBool();
    return {};
}

RecordEditor::FieldErrors RecordEditor::editCommission(quint32 number, const QJsonObject &f)
{
    FieldErrors errors;
    Commission *c = m_data.commission(number);
    if (f.contains(u"status")) {
        const auto s =
            RecordNames::commissionStatusFromName(f.value(u"status").toString().toUtf8());
        if (s)
            c->status = *s;
        else
            errors.emplace_back("status", "must be one of pending, confirmed, paid, reversed");
    }
    if (const auto v = integer(f.value(u"amount")))
        c->amount = *v;
    if (const auto v = integer(f.value(u"level")))
        c->level = qint32(*v);
    if (f.contains(u"beneficiary_id"))
        c->beneficiary = RecordNames::parseId(Collection::Customers,
                                              f.value(u"beneficiary_id").toString().toUtf8());
    return errors;
}
