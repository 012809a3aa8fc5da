// The site's records, stored as compact structs (millions of sessions and events must fit in
// memory); JSON is rendered per page by RecordRenderer. Record number n has the id
// "<prefix>_<n>" and lives at index n-1 of its collection.
#pragma once

#include <QByteArray>
#include <vector>

enum class Collection : quint8 { Products, Customers, Orders, Sessions, Events, Commissions };
inline constexpr int kCollectionCount = 6;

enum class ProductStatus : quint8 { Active, Draft, Archived };
enum class OrderStatus : quint8 { Pending, Paid, Shipped, Completed, Cancelled, Refunded };
enum class EventType : quint8 {
    ViewProduct,
    AddToCart,
    BeginCheckout,
    Purchase,
    Register,
    Follow,
    Share,
    ViewPage, ///< a page that is not a product's: ref is VisitShape::pageRef(kind, detail)
    Search    ///< the shop's own search: ref is the keyword's index in kSearchKeywords
};
/// What a page of the shop is, for landing pages and page views.
enum class PageKind : quint8 { Product, Home, Category, Article, Activity, Search };
enum class ShareTarget : quint8 { WechatFriend, WechatGroup, WechatMoments, Other };
enum class CommissionStatus : quint8 { Pending, Confirmed, Paid, Reversed };

/// Bookkeeping every mutable record carries.
struct RecordMeta
{
    quint32 seq = 0;      ///< global change sequence number of the last change
    quint32 version = 1;  ///< grows by one on every change
    qint64 updatedAt = 0; ///< Unix seconds
    bool deleted = false;
    quint8 malformed = 0; ///< 0, or a MalformedKind planted for client robustness tests
};

struct Product
{
    QByteArray sku;
    QByteArray title;
    QByteArray category;
    qint64 price = 0; ///< fen
    qint64 stock = 0;
    ProductStatus status = ProductStatus::Active;
    RecordMeta meta;
};

struct Customer
{
    QByteArray nickname;
    qint64 registeredAt = 0;
    quint32 referrer =
        0; ///< customer number; 0 = none (may point to a customer that does not exist)
    bool wechatFollowed = false;
    RecordMeta meta;
};

struct OrderItem
{
    quint32 product = 0; ///< product number
    QByteArray title;
    qint32 quantity = 1;
    qint64 unitPrice = 0;
};

struct Order
{
    QByteArray orderNo; ///< "YT20261124-0042"
    quint32 customer = 0;
    quint32 session = 0; ///< 0 = null
    OrderStatus status = OrderStatus::Pending;
    qint64 createdAt = 0;
    qint64 paidAt = 0; ///< 0 = null
    qint64 total = 0;
    std::vector<OrderItem> items;
    QByteArray carrier; ///< empty = no shipping
    QByteArray trackingNumber;
    RecordMeta meta;
};

/// One visit. Never changes. The traffic details (landing/referrer URL, user agent) are
/// re-derived from trafficSeed at render time by TrafficMix, which keeps the struct small.
struct Session
{
    quint32 seq = 0;
    quint32 startedAt = 0; ///< Unix seconds
    quint32 visitor = 0;
    quint32 customer = 0; ///< 0 = null
    quint32 trafficSeed = 0;
    quint16 landingProduct = 0; ///< product number the visit landed on, 0 = not a product page
    quint8 source = 0;          ///< TrafficMix::Source
    quint8 landingPage = 0;     ///< PageKind of the landing page
    quint8 landingDetail = 0;   ///< category, article or search keyword of the landing page
    quint8 malformed = 0;
};

/// Something a visitor did. Never changes.
struct Event
{
    quint32 seq = 0;
    quint32 session = 0;
    quint32 at = 0;
    quint32 ref = 0; ///< product, order or customer number depending on type
    EventType type = EventType::ViewProduct;
    ShareTarget shareTarget = ShareTarget::WechatFriend;
    quint8 malformed = 0;
};

struct Commission
{
    quint32 order = 0;       ///< order number (may not exist: a planted booking mistake)
    quint32 beneficiary = 0; ///< customer number
    qint32 level = 1;
    qint64 amount = 0;
    CommissionStatus status = CommissionStatus::Pending;
    qint64 createdAt = 0;
    RecordMeta meta;
};
