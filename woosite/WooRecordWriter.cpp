#include "WooRecordWriter.h"

#include "WooJson.h"
#include "WooShopData.h"

#include <QJsonArray>

namespace {

QString text(const QJsonObject &o, const char *key, const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble()) : fallback);
}

bool moneyField(const QJsonObject &o, const char *key, qint64 *fen, bool allowEmpty, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return false;
    if (allowEmpty && v.isString() && v.toString().isEmpty()) {
        *fen = -1;
        return true;
    }
    if (!WooJson::parseMoney(v, fen)) {
        *error = QStringLiteral("%1 is not a valid amount.").arg(QLatin1String(key));
        return false;
    }
    return true;
}

} // namespace

void WooRecordWriter::applyAddress(WooAddress &a, const QJsonObject &o)
{
    a.firstName = text(o, "first_name", a.firstName);
    a.lastName = text(o, "last_name", a.lastName);
    a.company = text(o, "company", a.company);
    a.address1 = text(o, "address_1", a.address1);
    a.address2 = text(o, "address_2", a.address2);
    a.city = text(o, "city", a.city);
    a.state = text(o, "state", a.state);
    a.postcode = text(o, "postcode", a.postcode);
    a.country = text(o, "country", a.country);
    a.email = text(o, "email", a.email);
    a.phone = text(o, "phone", a.phone);
}

QString WooRecordWriter::applyProduct(WooProduct &p, const QJsonObject &body, qint64 now)
{
    QString error;
    p.name = text(body, "name", p.name);
    if (p.slug.isEmpty())
        p.slug = text(body, "slug", QStringLiteral("product-%1").arg(p.id));
    p.sku = text(body, "sku", p.sku);
    p.description = text(body, "description", p.description);
    if (body.contains(QLatin1String("type")))
        p.type = body.value(QLatin1String("type")).toString().toLatin1();
    if (body.contains(QLatin1String("status")))
        p.status = body.value(QLatin1String("status")).toString().toLatin1();
    moneyField(body, "regular_price", &p.regularFen, false, &error);
    moneyField(body, "sale_price", &p.saleFen, true, &error);
    if (body.contains(QLatin1String("manage_stock")))
        p.manageStock = body.value(QLatin1String("manage_stock")).toBool();
    if (body.contains(QLatin1String("stock_quantity")))
        p.stockQuantity = body.value(QLatin1String("stock_quantity")).toInt();
    if (body.contains(QLatin1String("stock_status")))
        p.stockStatus = body.value(QLatin1String("stock_status")).toString().toLatin1();
    else if (p.manageStock && body.contains(QLatin1String("stock_quantity")))
        p.stockStatus = p.stockQuantity > 0 ? "instock" : "outofstock";
    if (body.contains(QLatin1String("categories"))) {
        p.categories.clear();
        for (const QJsonValue &c : body.value(QLatin1String("categories")).toArray())
            p.categories.push_back(c.toObject().value(QLatin1String("id")).toInteger());
    }
    if (!error.isEmpty())
        return error;
    p.modified = now;
    if (p.created == 0)
        p.created = now;
    ++m_shop.version;
    return {};
}

QString WooRecordWriter::applyVariation(WooVariation &v, const QJsonObject &body, qint64 now)
{
    QString error;
    v.sku = text(body, "sku", v.sku);
    if (body.contains(QLatin1String("status")))
        v.status = body.value(QLatin1String("status")).toString().toLatin1();
    moneyField(body, "regular_price", &v.regularFen, false, &error);
    moneyField(body, "sale_price", &v.saleFen, true, &error);
    if (body.contains(QLatin1String("manage_stock")))
        v.manageStock = body.value(QLatin1String("manage_stock")).toBool();
    if (body.contains(QLatin1String("stock_quantity")))
        v.stockQuantity = body.value(QLatin1String("stock_quantity")).toInt();
    if (body.contains(QLatin1String("stock_status")))
        v.stockStatus = body.value(QLatin1String("stock_status")).toString().toLatin1();
    else if (v.manageStock && body.contains(QLatin1String("stock_quantity")))
        v.stockStatus = v.stockQuantity > 0 ? "instock" : "outofstock";
    const QJsonArray attrs = body.value(QLatin1String("attributes")).toArray();
    if (!attrs.isEmpty())
        v.option = text(attrs.first().toObject(), "option", v.option);
    if (!error.isEmpty())
        return error;
    v.modified = now;
    if (v.created == 0)
        v.created = now;
    ++m_shop.version;
    return {};
}

QString WooRecordWriter::applyCustomer(WooCustomer &c, const QJsonObject &body, qint64 now)
{
    c.email = text(body, "email", c.email);
    c.firstName = text(body, "first_name", c.firstName);
    c.lastName = text(body, "last_name", c.lastName);
    c.username = text(body, "username", c.username);
    if (c.username.isEmpty())
        c.username = c.email.section(QLatin1Char('@'), 0, 0);
    if (body.contains(QLatin1String("billing")))
        applyAddress(c.billing, body.value(QLatin1String("billing")).toObject());
    if (body.contains(QLatin1String("shipping")))
        applyAddress(c.shipping, body.value(QLatin1String("shipping")).toObject());
    c.modified = now;
    if (c.created == 0)
        c.created = now;
    ++m_shop.version;
    return {};
}

void WooRecordWriter::setOrderStatus(WooOrder &o, const QByteArray &status, qint64 now)
{
    if (o.status == status)
        return;
    o.status = status;
    // WC_Order::maybe_set_date_paid / maybe_set_date_completed.
    if ((status == "processing" || status == "completed") && o.paid == 0)
        o.paid = now;
    if (status == "completed" && o.completed == 0)
        o.completed = now;
}

QString WooRecordWriter::addLineItem(WooOrder &o, const QJsonObject &item)
{
    WooLineItem li;
    li.productId = item.value(QLatin1String("product_id")).toInteger();
    li.variationId = item.value(QLatin1String("variation_id")).toInteger();
    li.quantity = qMax(1, item.value(QLatin1String("quantity")).toInt(1));
    const WooProduct *product = m_shop.product(li.productId);
    if (!product)
        return QStringLiteral("Product ID provided is not associated with product.");
    li.name = product->name;
    li.sku = product->sku;
    li.priceFen = product->saleFen >= 0 ? product->saleFen : product->regularFen;
    if (li.variationId != 0) {
        const WooVariation *v = m_shop.variation(li.variationId);
        if (!v || v->parentId != li.productId)
            return QStringLiteral("Invalid variation ID.");
        li.name = product->name + QStringLiteral(" - ") + v->option;
        li.sku = v->sku;
        li.priceFen = v->priceFen();
    }
    li.subtotalFen = li.priceFen * li.quantity;
    QString error;
    if (!moneyField(item, "subtotal", &li.subtotalFen, false, &error) && !error.isEmpty())
        return error;
    li.totalFen = li.subtotalFen;
    if (!moneyField(item, "total", &li.totalFen, false, &error) && !error.isEmpty())
        return error;
    li.id = m_shop.nextItemId++;
    o.lineItems.push_back(li);
    return {};
}

QString WooRecordWriter::applyOrder(WooOrder &o, const QJsonObject &body, bool creating, qint64 now)
{
    if (body.contains(QLatin1String("customer_id"))) {
        const qint64 id = body.value(QLatin1String("customer_id")).toInteger();
        if (id != 0 && !m_shop.customer(id))
            return QStringLiteral("Customer ID is invalid.");
        o.customerId = id;
    }
    if (body.contains(QLatin1String("billing")))
        applyAddress(o.billing, body.value(QLatin1String("billing")).toObject());
    if (body.contains(QLatin1String("shipping")))
        applyAddress(o.shipping, body.value(QLatin1String("shipping")).toObject());
    o.customerNote = text(body, "customer_note", o.customerNote);
    o.paymentMethod = text(body, "payment_method", o.paymentMethod);
    o.paymentMethodTitle = text(body, "payment_method_title", o.paymentMethodTitle);
    o.transactionId = text(body, "transaction_id", o.transactionId);
    for (const QJsonValue &item : body.value(QLatin1String("line_items")).toArray()) {
        const QString error = addLineItem(o, item.toObject());
        if (!error.isEmpty())
            return error;
    }
    const QJsonArray shipping = body.value(QLatin1String("shipping_lines")).toArray();
    if (!shipping.isEmpty()) {
        const QJsonObject s = shipping.first().toObject();
        qint64 fen = 0;
        if (WooJson::parseMoney(s.value(QLatin1String("total")), &fen))
            o.shippingFen = fen;
        o.shippingMethodTitle = text(s, "method_title", QStringLiteral("快递"));
        if (o.shippingLineId == 0)
            o.shippingLineId = m_shop.nextItemId++;
    }
    qint64 subtotal = 0, total = 0;
    for (const WooLineItem &li : o.lineItems) {
        subtotal += li.subtotalFen;
        total += li.totalFen;
    }
    o.discountFen = subtotal - total;
    for (const QJsonValue &mv : body.value(QLatin1String("meta_data")).toArray()) {
        const QJsonObject m = mv.toObject();
        const qint64 id = m.value(QLatin1String("id")).toInteger();
        const QString key = m.value(QLatin1String("key")).toString();
        const QString value = m.value(QLatin1String("value")).toVariant().toString();
        auto it = std::find_if(o.meta.begin(), o.meta.end(), [&](const WooMeta &x) {
            return id != 0 ? x.id == id : x.key == key;
        });
        if (it != o.meta.end())
            it->value = value;
        else if (!key.isEmpty())
            o.meta.push_back({m_shop.nextMetaId++, key, value});
    }
    if (body.contains(QLatin1String("status")))
        setOrderStatus(o, body.value(QLatin1String("status")).toString().toLatin1(), now);
    if (body.value(QLatin1String("set_paid")).toBool()) {
        // WC_Order::payment_complete(): processing, and the paid date.
        setOrderStatus(o, "processing", now);
    }
    if (creating) {
        o.created = now;
        o.createdVia = "rest-api";
        o.orderKey = QStringLiteral("wc_order_%1").arg(o.id, 13, 16, QLatin1Char('0'));
    }
    o.modified = now;
    ++m_shop.version;
    return {};
}
