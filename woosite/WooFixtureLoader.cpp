#include "WooFixtureLoader.h"

#include "WooJson.h"
#include "WooRecordWriter.h"
#include "WooShopData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Reader
{
    int offset = 0;
    QString error;

    /// name_gmt (GMT) or name (site time); 0 if neither.
    qint64 date(const QJsonObject &o, const QString &name)
    {
        qint64 s = 0;
        const QString gmt = o.value(name + QStringLiteral("_gmt")).toString();
        if (!gmt.isEmpty()) {
            if (!WooJson::parseWallClock(gmt, &s))
                error = QStringLiteral("bad date %1: %2").arg(name, gmt);
            return s;
        }
        const QString local = o.value(name).toString();
        if (!local.isEmpty()) {
            if (!WooJson::parseWallClock(local, &s))
                error = QStringLiteral("bad date %1: %2").arg(name, local);
            return s - offset;
        }
        return 0;
    }
    qint64 money(const QJsonObject &o, const char *name, qint64 fallback)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            return fallback;
        qint64 fen = 0;
        if (!WooJson::parseMoney(v, &fen))
            error = QStringLiteral("bad amount %1").arg(QLatin1String(name));
        return fen;
    }
};

QByteArray latin1(const QJsonObject &o, const char *key, const char *fallback)
{
    const QString v = o.value(QLatin1String(key)).toString();
    return v.isEmpty() ? QByteArray(fallback) : v.toLatin1();
}

} // namespace

bool WooFixtureLoader::load(const QString &path, WooShopData &shop, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    shop = WooShopData();
    WooSiteSettings &s = shop.settings;
    const QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    s.name = settings.value(QLatin1String("name")).toString(s.name);
    s.description = settings.value(QLatin1String("description")).toString(s.description);
    s.timezoneString = settings.value(QLatin1String("timezone_string")).toString(s.timezoneString);
    s.gmtOffsetHours = settings.value(QLatin1String("gmt_offset")).toInt(s.gmtOffsetHours);
    s.currency = settings.value(QLatin1String("currency")).toString(s.currency);
    s.currencySymbol = settings.value(QLatin1String("currency_symbol")).toString(s.currencySymbol);
    s.decimals = settings.value(QLatin1String("number_of_decimals")).toInt(s.decimals);
    s.wcVersion = settings.value(QLatin1String("wc_version")).toString(s.wcVersion);
    Reader r;
    r.offset = s.gmtOffsetHours * 3600;

    for (const QJsonValue &cv : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = cv.toObject();
        s.categories.push_back({c.value(QLatin1String("id")).toInteger(),
                                c.value(QLatin1String("name")).toString(),
                                c.value(QLatin1String("slug")).toString()});
    }
    for (const QJsonValue &pv : root.value(QLatin1String("products")).toArray()) {
        const QJsonObject o = pv.toObject();
        WooProduct p;
        p.id = o.value(QLatin1String("id")).toInteger();
        p.name = o.value(QLatin1String("name")).toString();
        p.slug = o.value(QLatin1String("slug")).toString();
        p.sku = o.value(QLatin1String("sku")).toString();
        p.description = o.value(QLatin1String("description")).toString();
        p.type = latin1(o, "type", "simple");
        p.status = latin1(o, "status", "publish");
        p.created = r.date(o, QStringLiteral("date_created"));
        p.modified = r.date(o, QStringLiteral("date_modified"));
        if (p.modified == 0)
            p.modified = p.created;
        p.regularFen = r.money(o, "regular_price", 0);
        p.saleFen = r.money(o, "sale_price", -1);
        p.manageStock = o.value(QLatin1String("manage_stock")).toBool(p.type == "simple");
        p.stockQuantity = o.value(QLatin1String("stock_quantity")).toInt();
        p.stockStatus = latin1(o, "stock_status",
                               p.manageStock && p.stockQuantity <= 0 ? "outofstock" : "instock");
        p.attributeName = o.value(QLatin1String("attribute")).toString(QStringLiteral("规格"));
        for (const QJsonValue &c : o.value(QLatin1String("categories")).toArray())
            p.categories.push_back(
                c.isObject() ? c.toObject().value(QLatin1String("id")).toInteger() : c.toInteger());
        for (const QJsonValue &vv : o.value(QLatin1String("variations")).toArray()) {
            const QJsonObject vo = vv.toObject();
            WooVariation v;
            v.id = vo.value(QLatin1String("id")).toInteger();
            v.parentId = p.id;
            v.option = vo.value(QLatin1String("option")).toString();
            v.sku = vo.value(QLatin1String("sku")).toString();
            v.status = latin1(vo, "status", "publish");
            v.created = r.date(vo, QStringLiteral("date_created"));
            if (v.created == 0)
                v.created = p.created;
            v.modified = r.date(vo, QStringLiteral("date_modified"));
            if (v.modified == 0)
                v.modified = v.created;
            v.regularFen = r.money(vo, "regular_price", 0);
            v.saleFen = r.money(vo, "sale_price", -1);
            v.manageStock = vo.value(QLatin1String("manage_stock")).toBool(true);
            v.stockQuantity = vo.value(QLatin1String("stock_quantity")).toInt();
            v.stockStatus =
                latin1(vo, "stock_status",
                       v.manageStock && v.stockQuantity <= 0 ? "outofstock" : "instock");
            p.variations.push_back(shop.addVariation(v).id);
        }
        shop.addProduct(p);
    }
    for (const QJsonValue &cv : root.value(QLatin1String("customers")).toArray()) {
        const QJsonObject o = cv.toObject();
        WooCustomer c;
        c.id = o.value(QLatin1String("id")).toInteger();
        c.email = o.value(QLatin1String("email")).toString();
        c.firstName = o.value(QLatin1String("first_name")).toString();
        c.lastName = o.value(QLatin1String("last_name")).toString();
        c.username =
            o.value(QLatin1String("username")).toString(c.email.section(QLatin1Char('@'), 0, 0));
        c.role = latin1(o, "role", "customer");
        c.created = r.date(o, QStringLiteral("date_created"));
        c.modified = r.date(o, QStringLiteral("date_modified"));
        if (c.modified == 0)
            c.modified = c.created;
        WooRecordWriter::applyAddress(c.billing, o.value(QLatin1String("billing")).toObject());
        WooRecordWriter::applyAddress(c.shipping, o.value(QLatin1String("shipping")).toObject());
        c.isPayingCustomer = o.value(QLatin1String("is_paying_customer")).toBool();
        shop.addCustomer(c);
    }
    for (const QJsonValue &ov : root.value(QLatin1String("orders")).toArray()) {
        const QJsonObject o = ov.toObject();
        WooOrder w;
        w.id = o.value(QLatin1String("id")).toInteger();
        w.status = latin1(o, "status", "pending");
        w.createdVia = latin1(o, "created_via", "checkout");
        w.orderKey = o.value(QLatin1String("order_key"))
                         .toString(QStringLiteral("wc_order_fixture%1").arg(w.id));
        w.created = r.date(o, QStringLiteral("date_created"));
        w.modified = r.date(o, QStringLiteral("date_modified"));
        w.paid = r.date(o, QStringLiteral("date_paid"));
        w.completed = r.date(o, QStringLiteral("date_completed"));
        if (w.modified == 0)
            w.modified = std::max({w.created, w.paid, w.completed});
        w.customerId = o.value(QLatin1String("customer_id")).toInteger();
        w.customerNote = o.value(QLatin1String("customer_note")).toString();
        w.paymentMethod = o.value(QLatin1String("payment_method")).toString();
        w.paymentMethodTitle = o.value(QLatin1String("payment_method_title")).toString();
        w.transactionId = o.value(QLatin1String("transaction_id")).toString();
        WooRecordWriter::applyAddress(w.billing, o.value(QLatin1String("billing")).toObject());
        WooRecordWriter::applyAddress(w.shipping, o.value(QLatin1String("shipping")).toObject());
        w.shippingFen = r.money(o, "shipping_total", 0);
        w.shippingMethodTitle =
            o.value(QLatin1String("shipping_method_title")).toString(QStringLiteral("顺丰快递"));
        w.shippingLineId = shop.nextItemId++;
        qint64 subtotal = 0;
        for (const QJsonValue &lv : o.value(QLatin1String("line_items")).toArray()) {
            const QJsonObject l = lv.toObject();
            WooLineItem li;
            li.id = l.value(QLatin1String("id")).toInteger(shop.nextItemId);
            shop.nextItemId = std::max(shop.nextItemId, li.id + 1);
            li.productId = l.value(QLatin1String("product_id")).toInteger();
            li.variationId = l.value(QLatin1String("variation_id")).toInteger();
            li.quantity = l.value(QLatin1String("quantity")).toInt(1);
            li.priceFen = r.money(l, "price", 0);
            const WooProduct *p = shop.product(li.productId);
            const WooVariation *v = shop.variation(li.variationId);
            li.name = l.value(QLatin1String("name"))
                          .toString(p ? (v ? p->name + QStringLiteral(" - ") + v->option : p->name)
                                      : QString());
            li.sku = v ? v->sku : (p ? p->sku : QString());
            li.subtotalFen = li.priceFen * li.quantity;
            li.totalFen = li.subtotalFen;
            subtotal += li.subtotalFen;
            w.lineItems.push_back(li);
        }
        // The discount is shared across the lines in proportion, the last line taking the rest.
        const qint64 discount = r.money(o, "discount_total", 0);
        qint64 left = discount;
        for (size_t k = 0; k < w.lineItems.size() && discount > 0; ++k) {
            WooLineItem &li = w.lineItems[k];
            const qint64 share =
                k + 1 == w.lineItems.size() ? left : discount * li.subtotalFen / subtotal;
            li.totalFen -= share;
            left -= share;
        }
        w.discountFen = discount;
        for (const QJsonValue &fv : o.value(QLatin1String("refunds")).toArray()) {
            const QJsonObject f = fv.toObject();
            w.refunds.push_back({f.value(QLatin1String("id")).toInteger(),
                                 f.value(QLatin1String("reason")).toString(),
                                 r.money(f, "amount", 0),
                                 r.date(f, QStringLiteral("date_created"))});
        }
        const QJsonObject attribution = o.value(QLatin1String("attribution")).toObject();
        for (auto it = attribution.begin(); it != attribution.end(); ++it)
            w.meta.push_back({shop.nextMetaId++,
                              QStringLiteral("_wc_order_attribution_") + it.key(),
                              it.value().toVariant().toString()});
        if (attribution.contains(QLatin1String("user_agent")))
            w.customerUserAgent = attribution.value(QLatin1String("user_agent")).toString();
        for (const QJsonValue &mv : o.value(QLatin1String("meta_data")).toArray()) {
            const QJsonObject m = mv.toObject();
            w.meta.push_back({shop.nextMetaId++, m.value(QLatin1String("key")).toString(),
                              m.value(QLatin1String("value")).toVariant().toString()});
        }
        for (const QJsonValue &nv : o.value(QLatin1String("notes")).toArray()) {
            const QJsonObject n = nv.toObject();
            WooNote note;
            note.id = n.value(QLatin1String("id")).toInteger(shop.nextNoteId);
            shop.nextNoteId = std::max(shop.nextNoteId, note.id + 1);
            note.created = r.date(n, QStringLiteral("date_created"));
            note.note = n.value(QLatin1String("note")).toString();
            note.customerNote = n.value(QLatin1String("customer_note")).toBool();
            w.notes.push_back(note);
        }
        shop.addOrder(w);
    }
    if (!r.error.isEmpty()) {
        *error = r.error;
        return false;
    }
    shop.reindex();
    return true;
}
