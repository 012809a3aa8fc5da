#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// Typed records as the site sends them, validated. Timestamps are UTC epoch milliseconds,
// money is fen.
struct ProductRecord
{
    QString id, sku, title, category, status;
    qint64 price = 0, stock = 0, updatedAt = 0, version = 0;
};

struct CustomerRecord
{
    QString id, nickname, referrerId;
    qint64 registeredAt = 0, updatedAt = 0;
    bool wechatFollowed = false;
};

struct OrderItemRecord
{
    QString productId, title;
    qint64 quantity = 0, unitPrice = 0;
};

struct OrderRecord
{
    QString id, number, customerId, sessionId, status, carrier, trackingNumber;
    qint64 createdAt = 0, total = 0, updatedAt = 0, version = 0;
    std::optional<qint64> paidAt;
    QList<OrderItemRecord> items;
};

struct SessionRecord
{
    QString id, visitorId, customerId, landingUrl, referrerUrl, userAgent;
    QString attribution; // a platform's verdict when the session stands for an order's visit
    qint64 startedAt = 0;
};

struct EventRecord
{
    QString id, sessionId, type, productId, orderId, customerId, shareTarget;
    QString page;  // view_page: the page's path
    QString query; // search: what the visitor searched the shop for
    qint64 at = 0;
};

struct CommissionRecord
{
    QString id, orderId, beneficiaryId, status;
    qint64 level = 0, amount = 0, createdAt = 0, updatedAt = 0;
};

struct ShopRecord
{
    QString id, name, currency, timezone;
    QList<int> ratesBp;
    QString kind;             // SiteConnector::id() of the site it came from
    int currencyDecimals = 2; // minor units: 10^decimals per major unit
};
