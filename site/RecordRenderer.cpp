#include "RecordRenderer.h"

#include "JsonWriter.h"
#include "MalformedKind.h"
#include "RecordNames.h"
#include "SearchKeywords.h"
#include "ShopData.h"
#include "Timestamp.h"
#include "TrafficMix.h"
#include "VisitShape.h"

#include <iterator>

namespace {

const char kBadTimestamp[] = "2026-13-45T99:00:00";

void id(JsonWriter &w, const char *prefix, quint32 n)
{
    w.key("id");
    QByteArray &out = w.beginString();
    out.append(prefix);
    JsonWriter::appendInt(out, n);
    w.endString();
}

void ref(JsonWriter &w, QByteArrayView key, const char *prefix, quint32 n)
{
    if (n == 0) {
        w.fieldNull(key);
        return;
    }
    w.key(key);
    QByteArray &out = w.beginString();
    out.append(prefix);
    JsonWriter::appendInt(out, n);
    w.endString();
}

void time(JsonWriter &w, QByteArrayView key, qint64 secs, Collection c, quint32 n, quint32 field)
{
    w.key(key);
    QByteArray &out = w.beginString();
    Timestamp::append(out, secs, Timestamp::utcFor(quint32(c) + 1, n, field));
    w.endString();
}

MalformedKind kind(quint8 m)
{
    return MalformedKind(m);
}

} // namespace

void RecordRenderer::listingEntry(Collection c, int index, JsonWriter &w) const
{
    if (m_data.isDeleted(c, index)) {
        const RecordMeta *m = const_cast<ShopData &>(m_data).meta(c, quint32(index) + 1);
        w.beginObject();
        id(w, RecordNames::idPrefix(c).constData(), quint32(index) + 1);
        w.fieldBool("deleted", true);
        time(w, "updated_at", m->updatedAt, c, quint32(index) + 1, 9);
        w.endObject();
        return;
    }
    record(c, index, w);
}

void RecordRenderer::record(Collection c, int i, JsonWriter &w) const
{
    const auto n = quint32(i) + 1;
    switch (c) {
    case Collection::Products:
        product(m_data.products[i], n, w);
        break;
    case Collection::Customers:
        customer(m_data.customers[i], n, w);
        break;
    case Collection::Orders:
        order(m_data.orders[i], n, w);
        break;
    case Collection::Sessions:
        session(m_data.sessions[i], n, w);
        break;
    case Collection::Events:
        event(m_data.events[i], n, w);
        break;
    case Collection::Commissions:
        commission(m_data.commissions[i], n, w);
        break;
    }
}

void RecordRenderer::product(const Product &p, quint32 n, JsonWriter &w) const
{
    const MalformedKind bad = kind(p.meta.malformed);
    w.beginObject();
    id(w, "p_", n);
    w.field("sku", p.sku);
    if (bad == MalformedKind::ProductNullTitle)
        w.fieldNull("title");
    else
        w.field("title", p.title);
    w.field("category", p.category);
    if (bad == MalformedKind::ProductPriceString)
        w.field("price", QByteArray::number(p.price));
    else
        w.fieldInt("price", p.price);
    w.fieldInt("stock", bad == MalformedKind::ProductNegativeStock ? -5 : p.stock);
    w.field("status", RecordNames::productStatus(p.status));
    time(w, "updated_at", p.meta.updatedAt, Collection::Products, n, 1);
    w.fieldInt("version", p.meta.version);
    w.endObject();
}

void RecordRenderer::customer(const Customer &c, quint32 n, JsonWriter &w) const
{
    const MalformedKind bad = kind(c.meta.malformed);
    w.beginObject();
    id(w, "c_", n);
    w.field("nickname", c.nickname);
    if (bad != MalformedKind::CustomerNoRegisteredAt)
        time(w, "registered_at", c.registeredAt, Collection::Customers, n, 1);
    ref(w, "referrer_id", "c_", c.referrer);
    if (bad == MalformedKind::CustomerFollowedString)
        w.field("wechat_followed", c.wechatFollowed ? "yes" : "no");
    else
        w.fieldBool("wechat_followed", c.wechatFollowed);
    time(w, "updated_at", c.meta.updatedAt, Collection::Customers, n, 2);
    w.fieldInt("version", c.meta.version);
    w.endObject();
}

void RecordRenderer::order(const Order &o, quint32 n, JsonWriter &w) const
{
    const MalformedKind bad = kind(o.meta.malformed);
    w.beginObject();
    if (bad != MalformedKind::OrderNoId)
        id(w, "o_", n);
    w.field("number", o.orderNo);
    ref(w, "customer_id", "c_", o.customer);
    ref(w, "session_id", "s_", o.session);
    if (bad == MalformedKind::OrderUnknownStatus)
        w.field("status", "teleported");
    else
        w.field("status", RecordNames::orderStatus(o.status));
    time(w, "created_at", o.createdAt, Collection::Orders, n, 1);
    if (o.paidAt)
        time(w, "paid_at", o.paidAt, Collection::Orders, n, 2);
    else
        w.fieldNull("paid_at");
    w.fieldInt("total", o.total);
    w.key("items");
    if (bad == MalformedKind::OrderItemsNotArray) {
        w.raw("{}");
    } else {
        w.beginArray();
        bool first = true;
        for (const OrderItem &item : o.items) {
            w.beginObject();
            ref(w, "product_id", "p_", item.product);
            w.field("title", item.title);
            w.fieldInt("quantity",
                       bad == MalformedKind::OrderQuantityZero && first ? 0 : item.quantity);
            w.fieldInt("unit_price", item.unitPrice);
            w.endObject();
            first = false;
        }
        w.endArray();
    }
    if (o.carrier.isEmpty()) {
        w.fieldNull("shipping");
    } else {
        w.key("shipping");
        w.beginObject();
        w.field("carrier", o.carrier);
        w.field("tracking_number", o.trackingNumber);
        w.endObject();
    }
    time(w, "updated_at", o.meta.updatedAt, Collection::Orders, n, 3);
    w.fieldInt("version", o.meta.version);
    w.endObject();
}

void RecordRenderer::session(const Session &s, quint32 n, JsonWriter &w) const
{
    w.beginObject();
    id(w, "s_", n);
    w.key("visitor_id");
    QByteArray &out = w.beginString();
    out.append("v_");
    char hex[9];
    int len = 0;
    for (quint32 v = s.visitor; v || len == 0; v >>= 4)
        hex[len++] = "0123456789abcdef"[v & 15];
    while (len)
        out.append(hex[--len]);
    w.endString();
    ref(w, "customer_id", "c_", s.customer);
    if (kind(s.malformed) == MalformedKind::SessionBadTimestamp)
        w.field("started_at", kBadTimestamp);
    else
        time(w, "started_at", s.startedAt, Collection::Sessions, n, 1);
    TrafficMix::writeFields(s, m_data.info.domain, w);
    w.endObject();
}

void RecordRenderer::event(const Event &e, quint32 n, JsonWriter &w) const
{
    const MalformedKind bad = kind(e.malformed);
    w.beginObject();
    id(w, "e_", n);
    if (bad != MalformedKind::EventNoSession)
        ref(w, "session_id", "s_", e.session);
    w.field("type", RecordNames::eventType(e.type));
    if (bad == MalformedKind::EventBadTimestamp)
        w.field("at", kBadTimestamp);
    else
        time(w, "at", e.at, Collection::Events, n, 1);
    switch (e.type) {
    case EventType::ViewProduct:
    case EventType::AddToCart:
    case EventType::BeginCheckout:
        if (e.ref)
            ref(w, "product_id", "p_", e.ref);
        break;
    case EventType::Purchase:
        ref(w, "order_id", "o_", e.ref);
        break;
    case EventType::Register:
        ref(w, "customer_id", "c_", e.ref);
        break;
    case EventType::Share:
        w.field("share_target", RecordNames::shareTarget(e.shareTarget));
        break;
    case EventType::ViewPage: {
        QByteArray path;
        VisitShape::appendPath(path, VisitShape::refKind(e.ref), VisitShape::refDetail(e.ref));
        w.field("page", path);
        break;
    }
    case EventType::Search:
        w.field("query", kSearchKeywords[e.ref % std::size(kSearchKeywords)].text);
        break;
    case EventType::Follow:
        break;
    }
    w.endObject();
}

void RecordRenderer::commission(const Commission &c, quint32 n, JsonWriter &w) const
{
    const MalformedKind bad = kind(c.meta.malformed);
    w.beginObject();
    id(w, "cm_", n);
    ref(w, "order_id", "o_", c.order);
    ref(w, "beneficiary_id", "c_", c.beneficiary);
    w.fieldInt("level", bad == MalformedKind::CommissionLevelZero ? 0 : c.level);
    if (bad == MalformedKind::CommissionAmountString) {
        QByteArray yuan = QByteArray::number(c.amount / 100) + '.' +
                          QByteArray::number(c.amount % 100).rightJustified(2, '0');
        w.field("amount", yuan);
    } else {
        w.fieldInt("amount", c.amount);
    }
    w.field("status", RecordNames::commissionStatus(c.status));
    time(w, "created_at", c.createdAt, Collection::Commissions, n, 1);
    time(w, "updated_at", c.meta.updatedAt, Collection::Commissions, n, 2);
    w.fieldInt("version", c.meta.version);
    w.endObject();
}
