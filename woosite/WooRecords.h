// The records of a fake WooCommerce shop, as plain values. Money is held in fen (1/100 CNY) and
// rendered as the decimal strings WooCommerce returns; dates are seconds since the epoch (GMT) and
// rendered twice, in the site's zone and in GMT, as WordPress stores post_date and post_date_gmt.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <vector>

struct WooAddress
{
    QString firstName, lastName, company, address1, address2, city, state, postcode, country;
    QString email, phone; // billing has both; shipping has phone only (WooCommerce 5.6+)
};

struct WooMeta
{
    qint64 id = 0;
    QString key;
    QString value;
};

struct WooCategory
{
    qint64 id = 0;
    QString name;
    QString slug;
};

struct WooVariation
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString option; // the value of the product's one attribute ("50g")
    QString sku;
    QByteArray status = "publish"; // publish | private | trash
    qint64 created = 0, modified = 0;
    qint64 regularFen = 0;
    qint64 saleFen = -1; // -1: not on sale ("")
    bool manageStock = true;
    int stockQuantity = 0;
    QByteArray stockStatus = "instock";
    qint64 priceFen() const { return saleFen >= 0 ? saleFen : regularFen; }
};

struct WooProduct
{
    qint64 id = 0;
    QString name, slug, sku, description, attributeName;
    QByteArray type = "simple";    // simple | variable
    QByteArray status = "publish"; // publish | draft | pending | private | trash
    qint64 created = 0, modified = 0;
    qint64 regularFen = 0;
    qint64 saleFen = -1;
    bool manageStock = true;
    int stockQuantity = 0;
    QByteArray stockStatus = "instock";
    int totalSales = 0;
    std::vector<qint64> categories;
    std::vector<qint64> variations; // ids, for type variable
    QString weight;
};

struct WooCustomer
{
    qint64 id = 0;
    qint64 created = 0, modified = 0;
    QString email, firstName, lastName, username;
    QByteArray role = "customer";
    WooAddress billing, shipping;
    bool isPayingCustomer = false;
};

struct WooLineItem
{
    qint64 id = 0;
    QString name, sku;
    qint64 productId = 0, variationId = 0;
    int quantity = 1;
    qint64 priceFen = 0;    // unit price before discounts
    qint64 subtotalFen = 0; // price * quantity
    qint64 totalFen = 0;    // after the order's discount share
};

struct WooRefund
{
    qint64 id = 0;
    QString reason;
    qint64 amountFen = 0; // positive; rendered "-12.00"
    qint64 created = 0;
};

struct WooNote
{
    qint64 id = 0;
    QString author = QStringLiteral("system");
    qint64 created = 0;
    QString note;
    bool customerNote = false;
    bool addedByUser = false;
};

struct WooOrder
{
    qint64 id = 0;
    qint64 parentId = 0;
    QByteArray status = "pending";
    QByteArray createdVia = "checkout";
    QString orderKey;
    qint64 created = 0, modified = 0;
    qint64 paid = 0, completed = 0; // 0: null
    qint64 discountFen = 0, shippingFen = 0;
    qint64 customerId = 0;
    QString customerNote, customerIp, customerUserAgent;
    WooAddress billing, shipping;
    QString paymentMethod, paymentMethodTitle, transactionId, shippingMethodTitle;
    qint64 shippingLineId = 0;
    std::vector<WooLineItem> lineItems;
    std::vector<WooRefund> refunds;
    std::vector<WooMeta> meta;
    std::vector<WooNote> notes;

    qint64 totalFen() const
    {
        qint64 t = shippingFen;
        for (const WooLineItem &li : lineItems)
            t += li.totalFen;
        return t;
    }
    qint64 refundedFen() const
    {
        qint64 t = 0;
        for (const WooRefund &r : refunds)
            t += r.amountFen;
        return t;
    }
};

/// A record deleted for good (force=true, or a test's "delete" action), for /__admin/dump.
struct WooDeletion
{
    QByteArray collection;
    qint64 id = 0;
    qint64 at = 0;
};

struct WooSiteSettings
{
    QString name = QStringLiteral("一叶茶舍");
    QString description = QStringLiteral("山野好茶，一叶一味");
    QString timezoneString = QStringLiteral("Asia/Shanghai");
    int gmtOffsetHours = 8;
    QString currency = QStringLiteral("CNY");
    QString currencySymbol = QStringLiteral("&yen;");
    int decimals = 2;
    QString wcVersion = QStringLiteral("9.4.2");
    QString wpVersion = QStringLiteral("6.7.1");
    std::vector<WooCategory> categories;
};
