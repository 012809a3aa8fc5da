#include "sites/woocommerce/WooRecordMapper.h"

#include "sites/woocommerce/WooDate.h"
#include "sites/woocommerce/WooMoney.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>
#include <QtNumeric>
#include <cmath>
#include <optional>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("WooRecordMapper", s);
}

QString rfc3339(qint64 ms)
{
    return WooDate::formatGmt(ms) + QLatin1Char('Z'); // WooCommerce dates are whole seconds
}

QJsonValue optionalText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// A JSON number that is a whole number a double holds exactly (|n| <= 2^53), else nothing: a
// larger or non-finite one does not fit a qint64 at all, and converting it is undefined
// behaviour (found by fuzz_woorecord).
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

// A number the record needs as a whole number: missing or not a number counts as 0, as
// WooCommerce means it; one that is not a whole number in range sets the record aside.
bool wholeCount(const QJsonValue &v, const QString &field, qint64 *out, QString *reason)
{
    *out = 0;
    if (!v.isDouble())
        return true;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > 9007199254740992.0) {
        *reason = QStringLiteral("%1: %2").arg(field, tr("out of range"));
        return false;
    }
    *out = qint64(d); // WooCommerce's counts are whole; a fraction is cut as it always was
    return true;
}

QString idText(const QJsonValue &v)
{
    const std::optional<qint64> n = wholeNumber(v);
    if (n && *n >= 0)
        return QString::number(*n);
    return {};
}

// A *_gmt date field; `required`: missing is a defect.
bool date(const QJsonObject &o, const char *field, bool required, std::optional<qint64> *out,
          QString *reason)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
        if (required)
            *reason = QStringLiteral("%1: %2").arg(QLatin1String(field), tr("missing"));
        *out = std::nullopt;
        return !required;
    }
    qint64 ms = 0;
    QString why;
    if (!v.isString() || !WooDate::parseGmt(v.toString(), &ms, &why)) {
        *reason = QStringLiteral("%1: %2").arg(QLatin1String(field),
                                               why.isEmpty() ? tr("not a date") : why);
        return false;
    }
    *out = ms;
    return true;
}

bool money(const QJsonValue &v, const char *field, int decimals, qint64 *out, QString *reason)
{
    QString why;
    if (!WooMoney::fromJson(v, decimals, out, &why)) {
        *reason = QStringLiteral("%1: %2").arg(QLatin1String(field), why);
        return false;
    }
    return true;
}

QString metaValue(const QJsonArray &meta, const QString &key)
{
    for (const QJsonValue &m : meta) {
        const QJsonObject o = m.toObject();
        if (o.value(QLatin1String("key")).toString() == key) {
            const QJsonValue v = o.value(QLatin1String("value"));
            return v.isString()   ? v.toString()
                   : v.isDouble() ? QString::number(v.toDouble())
                                  : QString();
        }
    }
    return {};
}

} // namespace

namespace WooRecordMapper {

QString variationId(qint64 parentId, qint64 variationId)
{
    return QStringLiteral("%1:%2").arg(parentId).arg(variationId);
}

bool splitProductId(const QString &id, qint64 *productId, qint64 *variation)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    bool ok1 = false, ok2 = true;
    *productId = (colon < 0 ? id : id.left(colon)).toLongLong(&ok1);
    *variation = colon < 0 ? 0 : id.mid(colon + 1).toLongLong(&ok2);
    return ok1 && ok2 && *productId > 0 && *variation >= 0;
}

QString productStatus(const QString &wc)
{
    return wc == QLatin1String("publish") ? QStringLiteral("active") : QStringLiteral("draft");
}

QString wcProductStatus(const QString &status)
{
    // "archived" has no WooCommerce equivalent but a product kept out of the shop: private.
    if (status == QLatin1String("active"))
        return QStringLiteral("publish");
    if (status == QLatin1String("archived"))
        return QStringLiteral("private");
    return QStringLiteral("draft");
}

QString orderStatus(const QString &wc, bool paid)
{
    if (wc == QLatin1String("processing"))
        return QStringLiteral("paid");
    if (wc == QLatin1String("completed"))
        return QStringLiteral("completed");
    if (wc == QLatin1String("cancelled") || wc == QLatin1String("failed"))
        return QStringLiteral("cancelled");
    if (wc == QLatin1String("refunded"))
        return QStringLiteral("refunded");
    if (wc == QLatin1String("shipped")) // a common plugin status
        return QStringLiteral("shipped");
    if (wc == QLatin1String("pending") || wc == QLatin1String("on-hold") ||
        wc == QLatin1String("checkout-draft"))
        return QStringLiteral("pending");
    // A plugin's own status: paid or not is what the order says.
    return paid ? QStringLiteral("paid") : QStringLiteral("pending");
}

QString wcOrderStatus(const QString &status)
{
    if (status == QLatin1String("paid"))
        return QStringLiteral("processing");
    if (status == QLatin1String("shipped"))
        return QStringLiteral("completed"); // WooCommerce core has no "shipped"
    return status; // pending, completed, cancelled, refunded are WooCommerce's too
}

bool product(const QJsonObject &wc, const QJsonObject *parent, const Context &context,
             QJsonObject *out, QString *reason)
{
    const QString ownId = idText(wc.value(QLatin1String("id")));
    if (ownId.isEmpty()) {
        *reason = tr("id: missing or not a whole number");
        return false;
    }
    QString id = ownId;
    QString title = wc.value(QLatin1String("name")).toString();
    QJsonArray categories = wc.value(QLatin1String("categories")).toArray();
    if (parent) {
        const QString parentId = idText(parent->value(QLatin1String("id")));
        if (parentId.isEmpty()) {
            *reason = tr("parent id: missing or not a whole number");
            return false;
        }
        id = variationId(parentId.toLongLong(), ownId.toLongLong());
        QStringList options;
        for (const QJsonValue &a : wc.value(QLatin1String("attributes")).toArray())
            options << a.toObject().value(QLatin1String("option")).toString();
        title = parent->value(QLatin1String("name")).toString();
        if (!options.isEmpty())
            title += QStringLiteral(" – ") + options.join(QStringLiteral(", "));
        categories = parent->value(QLatin1String("categories")).toArray();
    }
    std::optional<qint64> modified;
    if (!date(wc, "date_modified_gmt", true, &modified, reason))
        return false;
    qint64 price = 0;
    QJsonValue priceValue = wc.value(QLatin1String("price"));
    if (priceValue.toString().isEmpty())
        priceValue = wc.value(QLatin1String("regular_price"));
    if (priceValue.isString() && priceValue.toString().isEmpty())
        priceValue = QStringLiteral("0"); // no price set yet: WooCommerce sends ""
    if (!money(priceValue, "price", context.decimals, &price, reason))
        return false;
    if (price < 0) {
        *reason = tr("price: negative");
        return false;
    }
    qint64 quantity = 0;
    if (!wholeCount(wc.value(QLatin1String("stock_quantity")), QStringLiteral("stock_quantity"),
                    &quantity, reason))
        return false;
    quantity = std::max<qint64>(0, quantity); // backorders go below zero
    *out = QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("sku"), wc.value(QLatin1String("sku")).toString()},
        {QStringLiteral("title"), title.isEmpty() ? QStringLiteral("#") + ownId : title},
        {QStringLiteral("category"),
         categories.isEmpty()
             ? QJsonValue()
             : categories.first().toObject().value(QLatin1String("name")).toString()},
        {QStringLiteral("price"), price},
        {QStringLiteral("stock"), quantity},
        {QStringLiteral("status"), productStatus(wc.value(QLatin1String("status")).toString())},
        {QStringLiteral("updated_at"), rfc3339(*modified)},
        {QStringLiteral("version"), *modified},
    };
    return true;
}

bool customer(const QJsonObject &wc, QJsonObject *out, QString *reason)
{
    const QString id = idText(wc.value(QLatin1String("id")));
    if (id.isEmpty()) {
        *reason = tr("id: missing or not a whole number");
        return false;
    }
    std::optional<qint64> created, modified;
    if (!date(wc, "date_created_gmt", true, &created, reason) ||
        !date(wc, "date_modified_gmt", false, &modified, reason))
        return false;
    // Chinese names read family name first; WooCommerce keeps them apart.
    QString name = (wc.value(QLatin1String("last_name")).toString() +
                    wc.value(QLatin1String("first_name")).toString())
                       .trimmed();
    if (name.isEmpty())
        name = wc.value(QLatin1String("username")).toString();
    *out = QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("nickname"), name},
        {QStringLiteral("registered_at"), rfc3339(*created)},
        {QStringLiteral("updated_at"), rfc3339(modified.value_or(*created))},
    };
    return true;
}

bool orderRecord(const QJsonObject &wc, const Context &context, OrderRecord *out,
                 SessionRecord *session, QString *reason)
{
    const QString id = idText(wc.value(QLatin1String("id")));
    if (id.isEmpty()) {
        *reason = tr("id: missing or not a whole number");
        return false;
    }
    std::optional<qint64> created, modified, paid;
    if (!date(wc, "date_created_gmt", true, &created, reason) ||
        !date(wc, "date_modified_gmt", true, &modified, reason) ||
        !date(wc, "date_paid_gmt", false, &paid, reason))
        return false;
    qint64 total = 0;
    if (!money(wc.value(QLatin1String("total")), "total", context.decimals, &total, reason))
        return false;
    qint64 refunded = 0;
    const QJsonArray refunds = wc.value(QLatin1String("refunds")).toArray();
    for (qsizetype i = 0; i < refunds.size(); ++i) {
        qint64 amount = 0;
        const QByteArray field = QStringLiteral("refunds[%1].total").arg(i).toLatin1();
        if (!money(refunds.at(i).toObject().value(QLatin1String("total")), field.constData(),
                   context.decimals, &amount, reason))
            return false;
        // Sent negative ("-12.00"). Checked: amounts go up to qint64's limits.
        if (qAddOverflow(refunded, amount < 0 ? -amount : amount, &refunded)) {
            *reason = QStringLiteral("refunds: %1").arg(tr("too large"));
            return false;
        }
    }
    QList<OrderItemRecord> items;
    const QJsonArray lines = wc.value(QLatin1String("line_items")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        qint64 quantity = 0, productId = 0, variation = 0;
        const QString prefix = QStringLiteral("line_items[%1].").arg(i);
        if (!wholeCount(line.value(QLatin1String("quantity")), prefix + QLatin1String("quantity"),
                        &quantity, reason) ||
            !wholeCount(line.value(QLatin1String("product_id")),
                        prefix + QLatin1String("product_id"), &productId, reason) ||
            !wholeCount(line.value(QLatin1String("variation_id")),
                        prefix + QLatin1String("variation_id"), &variation, reason))
            return false;
        qint64 unit = 0;
        QString why;
        // `price` is a JSON number (total / quantity, as PHP computed it): exact when it has
        // no more decimals than the currency; otherwise the line's subtotal shared out, to
        // the nearest minor unit, in integers.
        if (!WooMoney::fromJson(line.value(QLatin1String("price")), context.decimals, &unit,
                                &why)) {
            qint64 subtotal = 0;
            const QByteArray field = QStringLiteral("line_items[%1].subtotal").arg(i).toLatin1();
            if (!money(line.value(QLatin1String("subtotal")), field.constData(), context.decimals,
                       &subtotal, reason))
                return false;
            // Rounded to the nearest: (2 * subtotal + quantity) / (2 * quantity), checked.
            qint64 twice = 0;
            if (quantity > 0 && (qMulOverflow(subtotal, qint64(2), &twice) ||
                                 qAddOverflow(twice, quantity, &twice))) {
                *reason = QStringLiteral("%1: %2").arg(QLatin1String(field), tr("too large"));
                return false;
            }
            unit = quantity > 0 ? twice / (2 * quantity) : subtotal;
        }
        OrderItemRecord item;
        if (productId > 0)
            item.productId =
                variation > 0 ? variationId(productId, variation) : QString::number(productId);
        item.title = line.value(QLatin1String("name")).toString();
        item.quantity = std::max<qint64>(1, quantity);
        item.unitPrice = std::max<qint64>(0, unit);
        items.append(std::move(item));
    }
    const QString wcStatus = wc.value(QLatin1String("status")).toString();
    const QJsonArray orderMeta = wc.value(QLatin1String("meta_data")).toArray();
    // Carrier and tracking number of a shipment sent from Yutang (WooWriter keeps them on the
    // order; WooCommerce core has no such fields).
    const QString carrier = metaValue(orderMeta, QStringLiteral("_yutang_carrier"));
    const QString tracking = metaValue(orderMeta, QStringLiteral("_yutang_tracking_number"));
    qint64 customerId = 0;
    if (!wholeCount(wc.value(QLatin1String("customer_id")), QStringLiteral("customer_id"),
                    &customerId, reason))
        return false;
    const QString sessionId = QStringLiteral("wc-order-") + id;
    const QString number = wc.value(QLatin1String("number")).toString(id);
    if (number.isEmpty()) {
        *reason = QStringLiteral("number: %1").arg(tr("missing"));
        return false;
    }
    *out = OrderRecord();
    out->id = id;
    out->number = number;
    if (customerId > 0)
        out->customerId = QString::number(customerId);
    out->sessionId = sessionId;
    out->status = orderStatus(wcStatus, paid.has_value());
    out->createdAt = *created;
    if (paid && *paid >= *created)
        out->paidAt = *paid;
    qint64 kept = 0;
    if (qSubOverflow(total, refunded, &kept))
        kept = 0; // refunds beyond what was paid: nothing kept
    out->total = std::max<qint64>(0, kept);
    out->updatedAt = *modified;
    out->version = *modified;
    out->carrier = carrier;
    out->trackingNumber = tracking;
    out->items = std::move(items);

    // The visit that bought, as Order Attribution recorded it (WooCommerce 8.5+).
    auto attr = [&](const char *key) {
        return metaValue(orderMeta, QStringLiteral("_wc_order_attribution_") + QLatin1String(key));
    };
    QString sourceType = attr("source_type");
    const bool recorded = !sourceType.isEmpty() || !attr("referrer").isEmpty() ||
                          !attr("session_entry").isEmpty() || !attr("utm_source").isEmpty();
    if (!recorded)
        sourceType = QStringLiteral("none");
    // WooCommerce (sourcebuster.js) fills utm_source and utm_medium for every source type:
    // "(direct)"/"(none)" for typein, the engine for organic, the host for referral. Only for
    // source type utm are they campaign tags; they then go back on the landing URL, where the
    // classifier reads UTM tags of any visit.
    QString landing = attr("session_entry");
    QString referrer = attr("referrer");
    if (sourceType == QLatin1String("utm")) {
        QUrl landingUrl(landing);
        if (landing.isEmpty() || !landingUrl.isValid())
            landingUrl = QUrl(QStringLiteral("https://%1/").arg(context.siteHost));
        QUrlQuery query(landingUrl);
        bool added = false;
        for (const char *tag :
             {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"}) {
            const QString value = attr(tag);
            if (!value.isEmpty() && !query.hasQueryItem(QLatin1String(tag))) {
                query.addQueryItem(QLatin1String(tag),
                                   QString::fromUtf8(QUrl::toPercentEncoding(value)));
                added = true;
            }
        }
        if (added) {
            landingUrl.setQuery(query);
            landing = landingUrl.toString(QUrl::FullyEncoded);
        }
    } else if (referrer.isEmpty() && (sourceType == QLatin1String("organic") ||
                                      sourceType == QLatin1String("referral"))) {
        // The referrer was not kept but its site was: a host, or an engine's name ("baidu").
        const QString source = attr("utm_source").trimmed().toLower();
        if (!source.isEmpty() && !source.startsWith(QLatin1Char('(')))
            referrer = source.contains(QLatin1Char('.'))
                           ? QStringLiteral("https://%1/").arg(source)
                           : QStringLiteral("https://www.%1.com/").arg(source);
    }
    QString visitor;
    if (customerId > 0) {
        visitor = QStringLiteral("wc-customer-%1").arg(customerId);
    } else {
        // A guest is known by the e-mail address they bought with; only a digest is kept.
        const QString email = wc.value(QLatin1String("billing"))
                                  .toObject()
                                  .value(QLatin1String("email"))
                                  .toString()
                                  .trimmed()
                                  .toLower();
        visitor = email.isEmpty()
                      ? QStringLiteral("wc-guest-order-") + id
                      : QStringLiteral("wc-guest-") +
                            QString::fromLatin1(
                                QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(16));
    }
    *session = SessionRecord();
    session->id = sessionId;
    session->visitorId = visitor;
    session->customerId = out->customerId;
    session->startedAt = *created;
    session->landingUrl = landing;
    session->referrerUrl = referrer;
    session->userAgent = attr("user_agent");
    session->attribution = sourceType;
    return true;
}

bool order(const QJsonObject &wc, const Context &context, QJsonObject *out, QJsonObject *session,
           QString *reason)
{
    OrderRecord o;
    SessionRecord s;
    if (!orderRecord(wc, context, &o, &s, reason))
        return false;
    QJsonArray items;
    for (const OrderItemRecord &item : std::as_const(o.items))
        items.append(QJsonObject{
            {QStringLiteral("product_id"), optionalText(item.productId)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("quantity"), item.quantity},
            {QStringLiteral("unit_price"), item.unitPrice},
        });
    *out = QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("number"), o.number},
        {QStringLiteral("customer_id"), optionalText(o.customerId)},
        {QStringLiteral("session_id"), o.sessionId},
        {QStringLiteral("status"), o.status},
        {QStringLiteral("created_at"), rfc3339(o.createdAt)},
        {QStringLiteral("paid_at"), o.paidAt ? QJsonValue(rfc3339(*o.paidAt)) : QJsonValue()},
        {QStringLiteral("total"), o.total},
        {QStringLiteral("updated_at"), rfc3339(o.updatedAt)},
        {QStringLiteral("version"), o.version},
        {QStringLiteral("items"), items},
    };
    if (!o.carrier.isEmpty() || !o.trackingNumber.isEmpty())
        out->insert(QStringLiteral("shipping"),
                    QJsonObject{{QStringLiteral("carrier"), o.carrier},
                                {QStringLiteral("tracking_number"), o.trackingNumber}});
    *session = QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("visitor_id"), s.visitorId},
        {QStringLiteral("customer_id"), optionalText(s.customerId)},
        {QStringLiteral("started_at"), rfc3339(s.startedAt)},
        {QStringLiteral("landing_url"), optionalText(s.landingUrl)},
        {QStringLiteral("referrer_url"), optionalText(s.referrerUrl)},
        {QStringLiteral("user_agent"), optionalText(s.userAgent)},
        {QStringLiteral("attribution"), s.attribution},
    };
    return true;
}

} // namespace WooRecordMapper
