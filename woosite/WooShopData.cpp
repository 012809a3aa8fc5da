#include "WooShopData.h"

#include <algorithm>

namespace {

template <typename T> T *lookup(std::vector<T> &records, const QHash<qint64, int> &index, qint64 id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &records[size_t(*it)];
}

template <typename T>
const T *lookup(const std::vector<T> &records, const QHash<qint64, int> &index, qint64 id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &records[size_t(*it)];
}

template <typename T> void buildIndex(const std::vector<T> &records, QHash<qint64, int> &index)
{
    index.clear();
    index.reserve(qsizetype(records.size()));
    for (size_t i = 0; i < records.size(); ++i)
        index.insert(records[i].id, int(i));
}

template <typename T> bool eraseById(std::vector<T> &records, QHash<qint64, int> &index, qint64 id)
{
    const auto it = index.constFind(id);
    if (it == index.constEnd())
        return false;
    records.erase(records.begin() + *it);
    buildIndex(records, index);
    return true;
}

template <typename T> void sortById(std::vector<T> &records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const T &a, const T &b) { return a.id < b.id; });
}

} // namespace

WooProduct *WooShopData::product(qint64 id)
{
    return lookup(products, m_productIndex, id);
}

WooVariation *WooShopData::variation(qint64 id)
{
    return lookup(variations, m_variationIndex, id);
}

WooCustomer *WooShopData::customer(qint64 id)
{
    return lookup(customers, m_customerIndex, id);
}

WooOrder *WooShopData::order(qint64 id)
{
    return lookup(orders, m_orderIndex, id);
}

const WooProduct *WooShopData::product(qint64 id) const
{
    return lookup(products, m_productIndex, id);
}

const WooVariation *WooShopData::variation(qint64 id) const
{
    return lookup(variations, m_variationIndex, id);
}

const WooCustomer *WooShopData::customer(qint64 id) const
{
    return lookup(customers, m_customerIndex, id);
}

const WooOrder *WooShopData::order(qint64 id) const
{
    return lookup(orders, m_orderIndex, id);
}

const WooCategory *WooShopData::category(qint64 id) const
{
    for (const WooCategory &c : settings.categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

WooProduct &WooShopData::addProduct(WooProduct p)
{
    if (p.id == 0)
        p.id = nextPostId++;
    nextPostId = std::max(nextPostId, p.id + 1);
    m_productIndex.insert(p.id, int(products.size()));
    products.push_back(std::move(p));
    ++version;
    return products.back();
}

WooVariation &WooShopData::addVariation(WooVariation v)
{
    if (v.id == 0)
        v.id = nextPostId++;
    nextPostId = std::max(nextPostId, v.id + 1);
    m_variationIndex.insert(v.id, int(variations.size()));
    variations.push_back(std::move(v));
    ++version;
    return variations.back();
}

WooCustomer &WooShopData::addCustomer(WooCustomer c)
{
    if (c.id == 0)
        c.id = nextUserId++;
    nextUserId = std::max(nextUserId, c.id + 1);
    m_customerIndex.insert(c.id, int(customers.size()));
    customers.push_back(std::move(c));
    ++version;
    return customers.back();
}

WooOrder &WooShopData::addOrder(WooOrder o)
{
    if (o.id == 0)
        o.id = nextOrderId++;
    nextOrderId = std::max(nextOrderId, o.id + 1);
    for (WooRefund &r : o.refunds) {
        if (r.id == 0)
            r.id = nextOrderId++;
        nextOrderId = std::max(nextOrderId, r.id + 1);
    }
    m_orderIndex.insert(o.id, int(orders.size()));
    orders.push_back(std::move(o));
    ++version;
    return orders.back();
}

bool WooShopData::removeProduct(qint64 id, qint64 now)
{
    const WooProduct *p = product(id);
    if (!p)
        return false;
    const std::vector<qint64> children = p->variations;
    for (qint64 v : children)
        removeVariation(v, now);
    eraseById(products, m_productIndex, id);
    deletions.push_back({"products", id, now});
    ++version;
    return true;
}

bool WooShopData::removeVariation(qint64 id, qint64 now)
{
    const WooVariation *v = variation(id);
    if (!v)
        return false;
    if (WooProduct *parent = product(v->parentId)) {
        auto &ids = parent->variations;
        ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    }
    eraseById(variations, m_variationIndex, id);
    deletions.push_back({"variations", id, now});
    ++version;
    return true;
}

bool WooShopData::removeCustomer(qint64 id, qint64 now)
{
    if (!eraseById(customers, m_customerIndex, id))
        return false;
    deletions.push_back({"customers", id, now});
    ++version;
    return true;
}

bool WooShopData::removeOrder(qint64 id, qint64 now)
{
    if (!eraseById(orders, m_orderIndex, id))
        return false;
    deletions.push_back({"orders", id, now});
    ++version;
    return true;
}

void WooShopData::reindex()
{
    sortById(products);
    sortById(variations);
    sortById(customers);
    sortById(orders);
    buildIndex(products, m_productIndex);
    buildIndex(variations, m_variationIndex);
    buildIndex(customers, m_customerIndex);
    buildIndex(orders, m_orderIndex);
    for (const WooProduct &p : products)
        nextPostId = std::max(nextPostId, p.id + 1);
    for (const WooVariation &v : variations)
        nextPostId = std::max(nextPostId, v.id + 1);
    for (const WooCustomer &c : customers)
        nextUserId = std::max(nextUserId, c.id + 1);
    for (const WooOrder &o : orders) {
        nextOrderId = std::max(nextOrderId, o.id + 1);
        for (const WooRefund &r : o.refunds)
            nextOrderId = std::max(nextOrderId, r.id + 1);
        for (const WooNote &n : o.notes)
            nextNoteId = std::max(nextNoteId, n.id + 1);
        for (const WooMeta &m : o.meta)
            nextMetaId = std::max(nextMetaId, m.id + 1);
        for (const WooLineItem &li : o.lineItems)
            nextItemId = std::max(nextItemId, li.id + 1);
        nextItemId = std::max(nextItemId, o.shippingLineId + 1);
    }
    ++version;
}
