#include "WooCollectionLister.h"

#include "WooJson.h"
#include "WooShopData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {

/// Creation and modification dates against after/before/modified_*: strictly after or before
/// (WP_Date_Query's default, inclusive false); with dates_are_gmt the GMT columns, otherwise the
/// local ones (date-filtering.php: 12:00 local / 10:00 GMT is after 11:00 local, not after
/// 11:00 GMT).
bool datesMatch(const WooListingQuery &q, qint64 created, qint64 modified, int offset)
{
    const qint64 shift = q.datesAreGmt ? 0 : offset;
    if (q.after && !(created + shift > *q.after))
        return false;
    if (q.before && !(created + shift < *q.before))
        return false;
    if (q.modifiedAfter && !(modified + shift > *q.modifiedAfter))
        return false;
    if (q.modifiedBefore && !(modified + shift < *q.modifiedBefore))
        return false;
    return true;
}

bool idsMatch(const WooListingQuery &q, qint64 id)
{
    if (!q.include.isEmpty() && !q.include.contains(id))
        return false;
    return !q.exclude.contains(id);
}

/// post_status: "any" is every status but trash (and auto-draft, which the fake never has).
bool statusMatches(const QStringList &wanted, const QByteArray &status)
{
    const QString s = QString::fromLatin1(status);
    for (const QString &w : wanted) {
        if (w == QLatin1String("any") ? status != "trash" : w == s)
            return true;
    }
    return false;
}

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

/// Sorts by key, then by id, both in the requested direction; orderby=include keeps the order of
/// the include list.
template <typename T, typename Key>
void sortBy(std::vector<const T *> &v, const WooListingQuery &q, Key key)
{
    if (q.orderby == QLatin1String("include") && !q.include.isEmpty()) {
        std::stable_sort(v.begin(), v.end(), [&](const T *a, const T *b) {
            return q.include.indexOf(a->id) < q.include.indexOf(b->id);
        });
        return;
    }
    std::stable_sort(v.begin(), v.end(), [&](const T *a, const T *b) {
        const auto ka = key(*a), kb = key(*b);
        if (ka != kb)
            return q.ascending ? ka < kb : kb < ka;
        return q.ascending ? a->id < b->id : b->id < a->id;
    });
}

QString replacePage(const QByteArray &rawQuery, int page)
{
    // add_query_arg('page', n, $base): replaces page where it is, or appends it.
    QByteArrayList parts = rawQuery.isEmpty() ? QByteArrayList() : rawQuery.split('&');
    bool replaced = false;
    for (QByteArray &part : parts) {
        if (part == "page" || part.startsWith("page=")) {
            part = "page=" + QByteArray::number(page);
            replaced = true;
        }
    }
    if (!replaced)
        parts.append("page=" + QByteArray::number(page));
    return QString::fromUtf8(parts.join('&'));
}

} // namespace

template <typename T>
bool WooCollectionLister::cached(const std::vector<T> &records, const WooListingContext &c,
                                 std::vector<const T *> &matches) const
{
    if (c.cacheKey.isEmpty() || m_cache.key != c.cacheKey || m_cache.version != m_shop.version)
        return false;
    matches.reserve(m_cache.positions.size());
    for (int i : m_cache.positions)
        matches.push_back(&records[size_t(i)]);
    return true;
}

template <typename T>
void WooCollectionLister::remember(const std::vector<T> &records, const WooListingContext &c,
                                   const std::vector<const T *> &matches) const
{
    if (c.cacheKey.isEmpty())
        return;
    m_cache.key = c.cacheKey;
    m_cache.version = m_shop.version;
    m_cache.positions.clear();
    m_cache.positions.reserve(matches.size());
    for (const T *p : matches)
        m_cache.positions.push_back(int(p - records.data()));
}

template <typename T, typename Render>
HttpReply WooCollectionLister::page(std::vector<const T *> &matches, const WooListingQuery &q,
                                    const WooListingContext &c, char kind, Render render) const
{
    const qint64 total = qint64(matches.size());
    const qint64 maxPages = (total + q.perPage - 1) / q.perPage;
    const qint64 start = q.offset ? qMax<qint64>(0, *q.offset) : qint64(q.page - 1) * q.perPage;
    WooListingCache::Rendered &rendered = m_cache.rendered;
    if (rendered.version != m_shop.version || rendered.baseUrl != c.baseUrl) {
        rendered = {};
        rendered.version = m_shop.version;
        rendered.baseUrl = c.baseUrl;
    }
    const QByteArray fields = q.fields.join(QLatin1Char(',')).toUtf8();
    // The compact text of an array is its elements' compact texts between commas.
    QByteArray body = "[";
    for (qint64 i = start; i < total && i < start + q.perPage; ++i) {
        const T &record = *matches[size_t(i)];
        const QByteArray key = kind + (':' + QByteArray::number(record.id)) + '|' + fields;
        auto it = rendered.records.constFind(key);
        QByteArray text;
        if (it != rendered.records.cend()) {
            text = it.value();
        } else {
            const QJsonObject o = render(record);
            text = QJsonDocument(q.fields.isEmpty() ? o : WooJson::trimFields(o, q.fields))
                       .toJson(QJsonDocument::Compact);
            if (rendered.bytes + text.size() <= WooListingCache::kMaxRenderedBytes) {
                rendered.records.insert(key, text);
                rendered.bytes += text.size();
            }
        }
        if (body.size() > 1)
            body += ',';
        body += text;
    }
    body += ']';
    HttpReply reply = HttpReply::json(body);
    reply.headers.emplace_back("X-WP-Total", QByteArray::number(total));
    reply.headers.emplace_back("X-WP-TotalPages", QByteArray::number(maxPages));
    const QString base = c.baseUrl + QStringLiteral("/wp-json/wc/v3/") + c.route + u'?';
    QStringList links;
    if (q.page > 1) {
        const qint64 prev = qMin<qint64>(q.page - 1, maxPages);
        links.append(
            QStringLiteral("<%1%2>; rel=\"prev\"").arg(base, replacePage(c.rawQuery, int(prev))));
    }
    if (maxPages > q.page)
        links.append(
            QStringLiteral("<%1%2>; rel=\"next\"").arg(base, replacePage(c.rawQuery, q.page + 1)));
    if (!links.isEmpty())
        reply.headers.emplace_back("Link", links.join(QStringLiteral(", ")).toUtf8());
    return reply;
}

HttpReply WooCollectionLister::orders(const WooListingQuery &q, const WooListingContext &c) const
{
    const int offset = m_shop.settings.gmtOffsetHours * 3600;
    const qint64 customer = q.integers.value(QStringLiteral("customer"), -1);
    const qint64 product = q.integers.value(QStringLiteral("product"), -1);
    const QString search = q.strings.value(QStringLiteral("search"));
    std::vector<const WooOrder *> v;
    if (cached(m_shop.orders, c, v))
        return page(v, q, c, 'o', [this](const WooOrder &o) { return m_json.order(o); });
    v.reserve(m_shop.orders.size());
    for (const WooOrder &o : m_shop.orders) {
        if (!statusMatches(q.statuses, o.status) || !idsMatch(q, o.id) ||
            !datesMatch(q, o.created, o.modified, offset))
            continue;
        if (customer >= 0 && o.customerId != customer)
            continue;
        if (product >= 0 &&
            std::none_of(o.lineItems.begin(), o.lineItems.end(),
                         [&](const WooLineItem &li) { return li.productId == product; }))
            continue;
        if (!search.isEmpty() &&
            !(contains(o.billing.firstName + o.billing.lastName, search) ||
              contains(o.billing.email, search) || contains(o.billing.phone, search) ||
              QString::number(o.id) == search))
            continue;
        v.push_back(&o);
    }
    if (q.orderby == QLatin1String("modified"))
        sortBy(v, q, [](const WooOrder &o) { return o.modified; });
    else if (q.orderby == QLatin1String("id") || q.orderby == QLatin1String("title") ||
             q.orderby == QLatin1String("slug"))
        sortBy(v, q, [](const WooOrder &o) { return o.id; });
    else
        sortBy(v, q, [](const WooOrder &o) { return o.created; });
    remember(m_shop.orders, c, v);
    return page(v, q, c, 'o', [this](const WooOrder &o) { return m_json.order(o); });
}

HttpReply WooCollectionLister::products(const WooListingQuery &q, const WooListingContext &c) const
{
    const int offset = m_shop.settings.gmtOffsetHours * 3600;
    const qint64 category = q.integers.value(QStringLiteral("category"), -1);
    const QString search = q.strings.value(QStringLiteral("search"));
    const QString sku = q.strings.value(QStringLiteral("sku"));
    const QString slug = q.strings.value(QStringLiteral("slug"));
    const QString type = q.strings.value(QStringLiteral("type"));
    const QString stock = q.strings.value(QStringLiteral("stock_status"));
    std::vector<const WooProduct *> v;
    for (const WooProduct &p : m_shop.products) {
        if (!statusMatches(q.statuses, p.status) || !idsMatch(q, p.id) ||
            !datesMatch(q, p.created, p.modified, offset))
            continue;
        if (category >= 0 &&
            std::find(p.categories.begin(), p.categories.end(), category) == p.categories.end())
            continue;
        if ((!search.isEmpty() && !contains(p.name, search) && !contains(p.description, search)) ||
            (!sku.isEmpty() && !sku.split(QLatin1Char(',')).contains(p.sku)) ||
            (!slug.isEmpty() && p.slug != slug) ||
            (!type.isEmpty() && QString::fromLatin1(p.type) != type) ||
            (!stock.isEmpty() && QString::fromLatin1(p.stockStatus) != stock))
            continue;
        v.push_back(&p);
    }
    if (q.orderby == QLatin1String("modified"))
        sortBy(v, q, [](const WooProduct &p) { return p.modified; });
    else if (q.orderby == QLatin1String("id") || q.orderby == QLatin1String("menu_order"))
        sortBy(v, q, [](const WooProduct &p) { return p.id; });
    else if (q.orderby == QLatin1String("title"))
        sortBy(v, q, [](const WooProduct &p) { return p.name; });
    else if (q.orderby == QLatin1String("slug"))
        sortBy(v, q, [](const WooProduct &p) { return p.slug; });
    else if (q.orderby == QLatin1String("price"))
        sortBy(v, q, [](const WooProduct &p) { return p.saleFen >= 0 ? p.saleFen : p.regularFen; });
    else if (q.orderby == QLatin1String("popularity"))
        sortBy(v, q, [](const WooProduct &p) { return p.totalSales; });
    else
        sortBy(v, q, [](const WooProduct &p) { return p.created; });
    return page(v, q, c, 'p', [this](const WooProduct &p) { return m_json.product(p); });
}

HttpReply WooCollectionLister::variations(qint64 parentId, const WooListingQuery &q,
                                          const WooListingContext &c) const
{
    const int offset = m_shop.settings.gmtOffsetHours * 3600;
    const QString stock = q.strings.value(QStringLiteral("stock_status"));
    std::vector<const WooVariation *> v;
    for (const WooVariation &x : m_shop.variations) {
        if (x.parentId != parentId || !statusMatches(q.statuses, x.status) || !idsMatch(q, x.id) ||
            !datesMatch(q, x.created, x.modified, offset))
            continue;
        if (!stock.isEmpty() && QString::fromLatin1(x.stockStatus) != stock)
            continue;
        v.push_back(&x);
    }
    if (q.orderby == QLatin1String("modified"))
        sortBy(v, q, [](const WooVariation &x) { return x.modified; });
    else if (q.orderby == QLatin1String("price"))
        sortBy(v, q, [](const WooVariation &x) { return x.priceFen(); });
    else if (q.orderby == QLatin1String("date"))
        sortBy(v, q, [](const WooVariation &x) { return x.created; });
    else
        sortBy(v, q, [](const WooVariation &x) { return x.id; });
    return page(v, q, c, 'v', [this](const WooVariation &x) { return m_json.variation(x); });
}

HttpReply WooCollectionLister::customers(const WooListingQuery &q, const WooListingContext &c) const
{
    const QString role = q.strings.value(QStringLiteral("role"), QStringLiteral("customer"));
    const QString email = q.strings.value(QStringLiteral("email"));
    const QString search = q.strings.value(QStringLiteral("search"));
    std::vector<const WooCustomer *> v;
    if (cached(m_shop.customers, c, v))
        return page(v, q, c, 'c', [this](const WooCustomer &x) { return m_json.customer(x); });
    for (const WooCustomer &x : m_shop.customers) {
        if (!idsMatch(q, x.id))
            continue;
        if (role != QLatin1String("all") && QString::fromLatin1(x.role) != role)
            continue;
        if (!email.isEmpty() && x.email.compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (!search.isEmpty() && !contains(x.email, search) && !contains(x.username, search) &&
            !contains(x.lastName + x.firstName, search) && !contains(x.firstName, search))
            continue;
        v.push_back(&x);
    }
    if (q.orderby == QLatin1String("id"))
        sortBy(v, q, [](const WooCustomer &x) { return x.id; });
    else if (q.orderby == QLatin1String("registered_date"))
        sortBy(v, q, [](const WooCustomer &x) { return x.created; });
    else // name: WP_User_Query orders by display_name, which is the username here
        sortBy(v, q, [](const WooCustomer &x) { return x.username; });
    remember(m_shop.customers, c, v);
    return page(v, q, c, 'c', [this](const WooCustomer &x) { return m_json.customer(x); });
}
