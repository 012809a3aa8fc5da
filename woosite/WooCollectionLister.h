// Lists a collection as WooCommerce's CRUD controllers do: filters (status, include, exclude,
// dates, search...), sorts by orderby with the id as tie-breaker, pages with page/per_page or
// offset, and adds X-WP-Total, X-WP-TotalPages and the Link header (prev, next) built like
// WC_REST_CRUD_Controller::get_items() builds it from the request's own query.
#pragma once

#include "HttpReply.h"
#include "WooListingQuery.h"

#include <QHash>
#include <vector>

class WooJson;
class WooShopData;

/// The filtered and sorted positions of the last listing, reused while the shop is unchanged and
/// the same filters come back for the next page (a sync walking 100,000 orders page by page).
struct WooListingCache
{
    QByteArray key;
    quint64 version = 0;
    std::vector<int> positions;

    /// Each record as last rendered (with the same _fields), while the shop is unchanged: the
    /// server shares the benchmark's two cores with the sync, and building every order anew as
    /// a QJsonObject was most of its CPU. A real shop renders on its own machine.
    struct Rendered
    {
        quint64 version = 0;
        QString baseUrl;
        QHash<QByteArray, QByteArray> records; // "<kind>:<id>|<fields>" → compact JSON
        qsizetype bytes = 0;
    } rendered;
    static constexpr qsizetype kMaxRenderedBytes = qsizetype(512) << 20;
};

struct WooListingContext
{
    QString baseUrl;     // scheme://host
    QString route;       // "orders", "products/12/variations"
    QByteArray rawQuery; // the request's query string, as sent
    QByteArray cacheKey; // the collection and the parameters that choose and order the records
};

class WooCollectionLister
{
public:
    WooCollectionLister(const WooShopData &shop, const WooJson &json, WooListingCache &cache)
        : m_shop(shop), m_json(json), m_cache(cache)
    {}

    HttpReply orders(const WooListingQuery &q, const WooListingContext &c) const;
    HttpReply products(const WooListingQuery &q, const WooListingContext &c) const;
    HttpReply variations(qint64 parentId, const WooListingQuery &q,
                         const WooListingContext &c) const;
    HttpReply customers(const WooListingQuery &q, const WooListingContext &c) const;

private:
    /// `kind` names the record type in the rendering cache ('o' orders, 'p' products...).
    template <typename T, typename Render>
    HttpReply page(std::vector<const T *> &matches, const WooListingQuery &q,
                   const WooListingContext &c, char kind, Render render) const;
    /// True and matches filled from the cache when it holds this listing.
    template <typename T>
    bool cached(const std::vector<T> &records, const WooListingContext &c,
                std::vector<const T *> &matches) const;
    template <typename T>
    void remember(const std::vector<T> &records, const WooListingContext &c,
                  const std::vector<const T *> &matches) const;

    const WooShopData &m_shop;
    const WooJson &m_json;
    WooListingCache &m_cache;
};
