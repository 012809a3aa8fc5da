#include "WooJson.h"

#include "WooShopData.h"

#include <QTimeZone>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString str(QByteArrayView latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonArray idArray(const std::vector<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QJsonObject metaObject(const WooMeta &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("key"), m.key},
                       {QStringLiteral("value"), m.value}};
}

} // namespace

int WooJson::offset() const
{
    return m_shop.settings.gmtOffsetHours * 3600;
}

QString WooJson::money(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

bool WooJson::parseMoney(const QJsonValue &value, qint64 *fen)
{
    if (value.isDouble()) {
        *fen = qRound64(value.toDouble() * 100);
        return true;
    }
    if (!value.isString())
        return false;
    static const QRegularExpression re(
        QStringLiteral("^\\s*(-?)(\\d*)(?:\\.(\\d{0,2})\\d*)?\\s*$"));
    const auto m = re.match(value.toString());
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return false;
    QString cents = m.captured(3);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    const qint64 v = m.captured(2).toLongLong() * 100 + cents.toLongLong();
    *fen = m.captured(1).isEmpty() ? v : -v;
    return true;
}

QJsonValue WooJson::date(qint64 epochSeconds, int offsetSeconds)
{
    if (epochSeconds == 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(epochSeconds + offsetSeconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

bool WooJson::parseWallClock(const QString &text, qint64 *seconds)
{
    // rest_parse_date's pattern: a date, "T" or a space, a time, optional fractions and zone.
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?"
                       "(Z|z|[+-]\\d{2}(:?\\d{2})?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!d.isValid() || !t.isValid())
        return false;
    *seconds = QDateTime(d, t, QTimeZone::utc()).toSecsSinceEpoch();
    return true;
}

QJsonObject WooJson::trimFields(const QJsonObject &record, const QStringList &fields)
{
    QJsonObject out;
    QHash<QString, QStringList> nested;
    QSet<QString> whole;
    for (const QString &f : fields) {
        const QString name = f.trimmed();
        if (name.isEmpty())
            continue;
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            whole.insert(name);
        else
            nested[name.left(dot)].append(name.mid(dot + 1));
    }
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (whole.contains(it.key()))
            out.insert(it.key(), it.value());
        else if (nested.contains(it.key()) && it.value().isObject())
            out.insert(it.key(), trimFields(it.value().toObject(), nested.value(it.key())));
    }
    return out;
}

QByteArray WooJson::error(QByteArrayView code, const QString &message, int status,
                          const QJsonObject &extraData)
{
    QJsonObject data{{QStringLiteral("status"), status}};
    for (auto it = extraData.begin(); it != extraData.end(); ++it)
        data.insert(it.key(), it.value());
    const QJsonObject body{{QStringLiteral("code"), str(code)},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("data"), data}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject WooJson::address(const WooAddress &a, bool withEmail) const
{
    QJsonObject o{
        {QStringLiteral("first_name"), a.firstName}, {QStringLiteral("last_name"), a.lastName},
        {QStringLiteral("company"), a.company},      {QStringLiteral("address_1"), a.address1},
        {QStringLiteral("address_2"), a.address2},   {QStringLiteral("city"), a.city},
        {QStringLiteral("state"), a.state},          {QStringLiteral("postcode"), a.postcode},
        {QStringLiteral("country"), a.country},      {QStringLiteral("phone"), a.phone}};
    if (withEmail)
        o.insert(QStringLiteral("email"), a.email);
    return o;
}

QJsonObject WooJson::links(const QString &self, const QString &collection) const
{
    const QString api = m_base + QStringLiteral("/wp-json/wc/v3/");
    return QJsonObject{
        {QStringLiteral("self"), QJsonArray{QJsonObject{{QStringLiteral("href"), api + self}}}},
        {QStringLiteral("collection"),
         QJsonArray{QJsonObject{{QStringLiteral("href"), api + collection}}}}};
}

QJsonObject WooJson::product(const WooProduct &p) const
{
    const bool variable = p.type == "variable";
    qint64 priceFen = p.saleFen >= 0 ? p.saleFen : p.regularFen;
    bool onSale = p.saleFen >= 0;
    if (variable) {
        // A variable product's price is its cheapest variation's (wc_get_price_to_display).
        priceFen = -1;
        onSale = false;
        for (qint64 vid : p.variations) {
            const WooVariation *v = m_shop.variation(vid);
            if (!v || v->status == "trash")
                continue;
            if (priceFen < 0 || v->priceFen() < priceFen)
                priceFen = v->priceFen();
            onSale = onSale || v->saleFen >= 0;
        }
    }
    QJsonArray categories;
    for (qint64 id : p.categories) {
        if (const WooCategory *c = m_shop.category(id))
            categories.append(QJsonObject{{QStringLiteral("id"), c->id},
                                          {QStringLiteral("name"), c->name},
                                          {QStringLiteral("slug"), c->slug}});
    }
    QJsonArray attributes;
    if (variable) {
        QJsonArray options;
        for (qint64 vid : p.variations) {
            if (const WooVariation *v = m_shop.variation(vid))
                options.append(v->option);
        }
        attributes.append(QJsonObject{{QStringLiteral("id"), 0},
                                      {QStringLiteral("name"), p.attributeName},
                                      {QStringLiteral("position"), 0},
                                      {QStringLiteral("visible"), true},
                                      {QStringLiteral("variation"), true},
                                      {QStringLiteral("options"), options}});
    }
    const bool manage = p.manageStock && !variable;
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("slug"), p.slug},
        {QStringLiteral("permalink"), m_base + QStringLiteral("/product/") + p.slug + u'/'},
        {QStringLiteral("date_created"), date(p.created, offset())},
        {QStringLiteral("date_created_gmt"), date(p.created, 0)},
        {QStringLiteral("date_modified"), date(p.modified, offset())},
        {QStringLiteral("date_modified_gmt"), date(p.modified, 0)},
        {QStringLiteral("type"), str(p.type)},
        {QStringLiteral("status"), str(p.status)},
        {QStringLiteral("featured"), false},
        {QStringLiteral("catalog_visibility"), QStringLiteral("visible")},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("short_description"), QString()},
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("price"), priceFen >= 0 ? money(priceFen) : QString()},
        {QStringLiteral("regular_price"), variable ? QString() : money(p.regularFen)},
        {QStringLiteral("sale_price"), variable || p.saleFen < 0 ? QString() : money(p.saleFen)},
        {QStringLiteral("date_on_sale_from"), QJsonValue::Null},
        {QStringLiteral("date_on_sale_from_gmt"), QJsonValue::Null},
        {QStringLiteral("date_on_sale_to"), QJsonValue::Null},
        {QStringLiteral("date_on_sale_to_gmt"), QJsonValue::Null},
        {QStringLiteral("on_sale"), onSale},
        {QStringLiteral("purchasable"), p.status != "trash"},
        {QStringLiteral("total_sales"), p.totalSales},
        {QStringLiteral("virtual"), false},
        {QStringLiteral("downloadable"), false},
        {QStringLiteral("tax_status"), QStringLiteral("taxable")},
        {QStringLiteral("tax_class"), QString()},
        {QStringLiteral("manage_stock"), manage},
        {QStringLiteral("stock_quantity"), manage ? QJsonValue(p.stockQuantity) : QJsonValue()},
        {QStringLiteral("stock_status"), str(p.stockStatus)},
        {QStringLiteral("backorders"), QStringLiteral("no")},
        {QStringLiteral("backorders_allowed"), false},
        {QStringLiteral("backordered"), false},
        {QStringLiteral("sold_individually"), false},
        {QStringLiteral("weight"), p.weight},
        {QStringLiteral("shipping_required"), true},
        {QStringLiteral("reviews_allowed"), true},
        {QStringLiteral("average_rating"), QStringLiteral("0.00")},
        {QStringLiteral("rating_count"), 0},
        {QStringLiteral("parent_id"), 0},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("images"), QJsonArray()},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("default_attributes"), QJsonArray()},
        {QStringLiteral("variations"), idArray(p.variations)},
        {QStringLiteral("grouped_products"), QJsonArray()},
        {QStringLiteral("menu_order"), 0},
        {QStringLiteral("meta_data"), QJsonArray()},
        {QStringLiteral("_links"),
         links(QStringLiteral("products/%1").arg(p.id), QStringLiteral("products"))}};
}

QJsonObject WooJson::variation(const WooVariation &v) const
{
    const WooProduct *parent = m_shop.product(v.parentId);
    const QString attributeName = parent ? parent->attributeName : QString();
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("date_created"), date(v.created, offset())},
                       {QStringLiteral("date_created_gmt"), date(v.created, 0)},
                       {QStringLiteral("date_modified"), date(v.modified, offset())},
                       {QStringLiteral("date_modified_gmt"), date(v.modified, 0)},
                       {QStringLiteral("description"), QString()},
                       {QStringLiteral("permalink"),
                        m_base + QStringLiteral("/product/%1/?attribute_pa=%2")
                                     .arg(parent ? parent->slug : QString(), v.option)},
                       {QStringLiteral("sku"), v.sku},
                       {QStringLiteral("price"), money(v.priceFen())},
                       {QStringLiteral("regular_price"), money(v.regularFen)},
                       {QStringLiteral("sale_price"), v.saleFen < 0 ? QString() : money(v.saleFen)},
                       {QStringLiteral("on_sale"), v.saleFen >= 0},
                       {QStringLiteral("status"), str(v.status)},
                       {QStringLiteral("purchasable"), true},
                       {QStringLiteral("virtual"), false},
                       {QStringLiteral("downloadable"), false},
                       {QStringLiteral("tax_status"), QStringLiteral("taxable")},
                       {QStringLiteral("tax_class"), QString()},
                       {QStringLiteral("manage_stock"), v.manageStock},
                       {QStringLiteral("stock_quantity"),
                        v.manageStock ? QJsonValue(v.stockQuantity) : QJsonValue()},
                       {QStringLiteral("stock_status"), str(v.stockStatus)},
                       {QStringLiteral("backorders"), QStringLiteral("no")},
                       {QStringLiteral("weight"), QString()},
                       {QStringLiteral("image"), QJsonValue::Null},
                       {QStringLiteral("attributes"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), 0},
                                               {QStringLiteral("name"), attributeName},
                                               {QStringLiteral("option"), v.option}}}},
                       {QStringLiteral("menu_order"), 0},
                       {QStringLiteral("meta_data"), QJsonArray()},
                       {QStringLiteral("_links"),
                        links(QStringLiteral("products/%1/variations/%2").arg(v.parentId).arg(v.id),
                              QStringLiteral("products/%1/variations").arg(v.parentId))}};
}

QJsonObject WooJson::customer(const WooCustomer &c) const
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("date_created"), date(c.created, offset())},
                       {QStringLiteral("date_created_gmt"), date(c.created, 0)},
                       {QStringLiteral("date_modified"), date(c.modified, offset())},
                       {QStringLiteral("date_modified_gmt"), date(c.modified, 0)},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("first_name"), c.firstName},
                       {QStringLiteral("last_name"), c.lastName},
                       {QStringLiteral("role"), str(c.role)},
                       {QStringLiteral("username"), c.username},
                       {QStringLiteral("billing"), address(c.billing, true)},
                       {QStringLiteral("shipping"), address(c.shipping, false)},
                       {QStringLiteral("is_paying_customer"), c.isPayingCustomer},
                       {QStringLiteral("avatar_url"),
                        QStringLiteral("https://secure.gravatar.com/avatar/?s=96&d=mm&r=g")},
                       {QStringLiteral("meta_data"), QJsonArray()},
                       {QStringLiteral("_links"), links(QStringLiteral("customers/%1").arg(c.id),
                                                        QStringLiteral("customers"))}};
}

QJsonObject WooJson::order(const WooOrder &o) const
{
    QJsonArray lineItems;
    for (const WooLineItem &li : o.lineItems) {
        lineItems.append(QJsonObject{
            {QStringLiteral("id"), li.id},
            {QStringLiteral("name"), li.name},
            {QStringLiteral("product_id"), li.productId},
            {QStringLiteral("variation_id"), li.variationId},
            {QStringLiteral("quantity"), li.quantity},
            {QStringLiteral("tax_class"), QString()},
            {QStringLiteral("subtotal"), money(li.subtotalFen)},
            {QStringLiteral("subtotal_tax"), QStringLiteral("0.00")},
            {QStringLiteral("total"), money(li.totalFen)},
            {QStringLiteral("total_tax"), QStringLiteral("0.00")},
            {QStringLiteral("taxes"), QJsonArray()},
            {QStringLiteral("meta_data"), QJsonArray()},
            {QStringLiteral("sku"), li.sku},
            // A number, as in the documents' examples: total / quantity, after discounts.
            {QStringLiteral("price"),
             li.quantity ? double(li.totalFen) / 100.0 / li.quantity : 0.0},
            {QStringLiteral("image"),
             QJsonObject{{QStringLiteral("id"), QString()}, {QStringLiteral("src"), QString()}}},
            {QStringLiteral("parent_name"), QJsonValue::Null}});
    }
    QJsonArray shippingLines;
    if (o.shippingLineId != 0) {
        shippingLines.append(QJsonObject{{QStringLiteral("id"), o.shippingLineId},
                                         {QStringLiteral("method_title"), o.shippingMethodTitle},
                                         {QStringLiteral("method_id"), QStringLiteral("flat_rate")},
                                         {QStringLiteral("instance_id"), QStringLiteral("1")},
                                         {QStringLiteral("total"), money(o.shippingFen)},
                                         {QStringLiteral("total_tax"), QStringLiteral("0.00")},
                                         {QStringLiteral("taxes"), QJsonArray()},
                                         {QStringLiteral("meta_data"), QJsonArray()}});
    }
    QJsonArray refunds;
    for (const WooRefund &r : o.refunds) {
        refunds.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("total"), money(-r.amountFen)}});
    }
    QJsonArray meta;
    for (const WooMeta &m : o.meta)
        meta.append(metaObject(m));
    QJsonObject linkSet = links(QStringLiteral("orders/%1").arg(o.id), QStringLiteral("orders"));
    if (o.customerId != 0)
        linkSet.insert(
            QStringLiteral("customer"),
            QJsonArray{QJsonObject{
                {QStringLiteral("href"),
                 m_base + QStringLiteral("/wp-json/wc/v3/customers/%1").arg(o.customerId)}}});
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("parent_id"), o.parentId},
        {QStringLiteral("status"), str(o.status)},
        {QStringLiteral("currency"), m_shop.settings.currency},
        {QStringLiteral("version"), m_shop.settings.wcVersion},
        {QStringLiteral("prices_include_tax"), false},
        {QStringLiteral("date_created"), date(o.created, offset())},
        {QStringLiteral("date_created_gmt"), date(o.created, 0)},
        {QStringLiteral("date_modified"), date(o.modified, offset())},
        {QStringLiteral("date_modified_gmt"), date(o.modified, 0)},
        {QStringLiteral("discount_total"), money(o.discountFen)},
        {QStringLiteral("discount_tax"), QStringLiteral("0.00")},
        {QStringLiteral("shipping_total"), money(o.shippingFen)},
        {QStringLiteral("shipping_tax"), QStringLiteral("0.00")},
        {QStringLiteral("cart_tax"), QStringLiteral("0.00")},
        {QStringLiteral("total"), money(o.totalFen())},
        {QStringLiteral("total_tax"), QStringLiteral("0.00")},
        {QStringLiteral("customer_id"), o.customerId},
        {QStringLiteral("order_key"), o.orderKey},
        {QStringLiteral("billing"), address(o.billing, true)},
        {QStringLiteral("shipping"), address(o.shipping, false)},
        {QStringLiteral("payment_method"), o.paymentMethod},
        {QStringLiteral("payment_method_title"), o.paymentMethodTitle},
        {QStringLiteral("transaction_id"), o.transactionId},
        {QStringLiteral("customer_ip_address"), o.customerIp},
        {QStringLiteral("customer_user_agent"), o.customerUserAgent},
        {QStringLiteral("created_via"), str(o.createdVia)},
        {QStringLiteral("customer_note"), o.customerNote},
        {QStringLiteral("date_completed"), date(o.completed, offset())},
        {QStringLiteral("date_paid"), date(o.paid, offset())},
        {QStringLiteral("cart_hash"), QString()},
        {QStringLiteral("number"), QString::number(o.id)},
        {QStringLiteral("meta_data"), meta},
        {QStringLiteral("line_items"), lineItems},
        {QStringLiteral("tax_lines"), QJsonArray()},
        {QStringLiteral("shipping_lines"), shippingLines},
        {QStringLiteral("fee_lines"), QJsonArray()},
        {QStringLiteral("coupon_lines"), QJsonArray()},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("payment_url"),
         m_base + QStringLiteral("/checkout/order-pay/%1/?pay_for_order=true&key=%2")
                      .arg(o.id)
                      .arg(o.orderKey)},
        {QStringLiteral("is_editable"), o.status == "pending" || o.status == "on-hold"},
        {QStringLiteral("needs_payment"), o.status == "pending" || o.status == "failed"},
        {QStringLiteral("needs_processing"), true},
        {QStringLiteral("date_completed_gmt"), date(o.completed, 0)},
        {QStringLiteral("date_paid_gmt"), date(o.paid, 0)},
        {QStringLiteral("currency_symbol"), QStringLiteral("¥")},
        {QStringLiteral("_links"), linkSet}};
}

QJsonObject WooJson::note(const WooNote &n, qint64 orderId) const
{
    return QJsonObject{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("author"), n.author},
        {QStringLiteral("date_created"), date(n.created, offset())},
        {QStringLiteral("date_created_gmt"), date(n.created, 0)},
        {QStringLiteral("note"), n.note},
        {QStringLiteral("customer_note"), n.customerNote},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("self"),
              QJsonArray{QJsonObject{{QStringLiteral("href"),
                                      m_base + QStringLiteral("/wp-json/wc/v3/orders/%1/notes/%2")
                                                   .arg(orderId)
                                                   .arg(n.id)}}}},
             {QStringLiteral("up"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("href"),
                   m_base + QStringLiteral("/wp-json/wc/v3/orders/%1").arg(orderId)}}}}}}};
}
