// Lists a collection as WooCommerce's CRUD controllers do: filters (status, include, exclude,
// dates, search...), sorts by orderby with the id as tie-breaker, pages with page/per_page or
// offset, and adds X-WP-Total, X-WP-TotalPages and the Link header (prev, next) built like
// WC_REST_CRUD_Controller::get_items() builds it from the request's own query.
#pragma once

#include "HttpReply.h"
#include "WooListingQuery.h"

class WooJson;
class WooShopData;

struct WooListingContext
{
    QString baseUrl;     // scheme://host
    QString route;       // "orders", "products/12/variations"
    QByteArray rawQuery; // the request's query string, as sent
};

class WooCollectionLister
{
public:
    WooCollectionLister(const WooShopData &shop, const WooJson &json) : m_shop(shop), m_json(json)
    {}

    HttpReply orders(const WooListingQuery &q, const WooListingContext &c) const;
    HttpReply products(const WooListingQuery &q, const WooListingContext &c) const;
    HttpReply variations(qint64 parentId, const WooListingQuery &q,
                         const WooListingContext &c) const;
    HttpReply customers(const WooListingQuery &q, const WooListingContext &c) const;

private:
    template <typename T, typename Render>
    HttpReply page(std::vector<const T *> &matches, const WooListingQuery &q,
                   const WooListingContext &c, Render render) const;

    const WooShopData &m_shop;
    const WooJson &m_json;
};
