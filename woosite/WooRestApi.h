// The routes under /wp-json: the WordPress index, and wc/v3's system_status, products (with
// variations and batch), customers, orders (with notes and batch). A request goes through the
// steps WP_REST_Server takes: WooCommerce's key check (rest_authentication_errors), the key's
// permissions (rest_pre_dispatch), route matching (rest_no_route), argument validation
// (rest_invalid_param), the route's permission callback (woocommerce_rest_cannot_*), the handler.
#pragma once

#include "HttpReply.h"
#include "WooCollectionLister.h"
#include "WooListingQuery.h"

#include <QJsonObject>
#include <functional>

class WooAuthChecker;
class WooShopData;

struct WooRequest
{
    QByteArray method;
    QByteArray rawPath;  // as sent, e.g. /wp-json/wc/v3/orders
    QByteArray rawQuery; // as sent, without '?'
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray host;
    bool secure = false;
};

class WooRestApi
{
public:
    WooRestApi(WooShopData &shop, WooAuthChecker &auth) : m_shop(shop), m_auth(auth) {}

    HttpReply handle(const WooRequest &request, qint64 now);

    /// Called after a list page of "orders", "products", "customers" or "variations" was made.
    std::function<void(const QByteArray &collection)> listAnswered;

private:
    struct Call;
    HttpReply route(Call &call);
    HttpReply index(const Call &call) const;
    HttpReply systemStatus(const Call &call) const;
    HttpReply products(Call &call, const QList<QByteArray> &parts);
    HttpReply variations(Call &call, qint64 productId, const QList<QByteArray> &parts);
    HttpReply customers(Call &call, const QList<QByteArray> &parts);
    HttpReply orders(Call &call, const QList<QByteArray> &parts);
    HttpReply notes(Call &call, qint64 orderId, const QList<QByteArray> &parts);
    HttpReply batch(Call &call, const QByteArray &collection);

    HttpReply list(Call &call, const QByteArray &collection, qint64 parentId = 0);
    QJsonObject createOne(Call &call, const QByteArray &collection, const QJsonObject &body,
                          qint64 parentId, HttpReply *error);
    QJsonObject updateOne(Call &call, const QByteArray &collection, qint64 id,
                          const QJsonObject &body, qint64 parentId, HttpReply *error);
    QJsonObject deleteOne(Call &call, const QByteArray &collection, qint64 id, bool force,
                          qint64 parentId, HttpReply *error);
    HttpReply single(const Call &call, const QJsonObject &record, int status = 200) const;

    WooShopData &m_shop;
    WooAuthChecker &m_auth;
    WooListingCache m_listingCache;
};
