#include "ShopData.h"

#include <QSet>

quint32 ShopData::next(Collection c, quint32 index)
{
    ++m_seq;
    if (!isImmutable(c))
        m_logs[int(c)].emplace_back(m_seq, index);
    return m_seq;
}

quint32 ShopData::addProduct(Product p)
{
    p.meta.seq = next(Collection::Products, quint32(products.size()));
    products.push_back(std::move(p));
    return quint32(products.size());
}

quint32 ShopData::addCustomer(Customer c)
{
    c.meta.seq = next(Collection::Customers, quint32(customers.size()));
    customers.push_back(std::move(c));
    return quint32(customers.size());
}

quint32 ShopData::addOrder(Order o)
{
    o.meta.seq = next(Collection::Orders, quint32(orders.size()));
    orders.push_back(std::move(o));
    return quint32(orders.size());
}

quint32 ShopData::addSession(Session s)
{
    s.seq = next(Collection::Sessions, quint32(sessions.size()));
    sessions.push_back(s);
    return quint32(sessions.size());
}

quint32 ShopData::addEvent(Event e)
{
    e.seq = next(Collection::Events, quint32(events.size()));
    events.push_back(e);
    return quint32(events.size());
}

quint32 ShopData::addCommission(Commission c)
{
    c.meta.seq = next(Collection::Commissions, quint32(commissions.size()));
    const quint32 order = c.order;
    commissions.push_back(std::move(c));
    const auto number = quint32(commissions.size());
    m_commissionsByOrder[order].push_back(number);
    return number;
}

RecordMeta *ShopData::meta(Collection c, quint32 n)
{
    switch (c) {
    case Collection::Products:
        return product(n) ? &product(n)->meta : nullptr;
    case Collection::Customers:
        return customer(n) ? &customer(n)->meta : nullptr;
    case Collection::Orders:
        return order(n) ? &order(n)->meta : nullptr;
    case Collection::Commissions:
        return commission(n) ? &commission(n)->meta : nullptr;
    default:
        return nullptr;
    }
}

bool ShopData::touch(Collection c, quint32 number, qint64 now)
{
    RecordMeta *m = meta(c, number);
    if (!m || m->deleted)
        return false;
    ++m->version;
    m->updatedAt = now;
    m->seq = next(c, number - 1);
    return true;
}

void ShopData::resequence(Collection c, quint32 number)
{
    if (RecordMeta *m = meta(c, number))
        m->seq = next(c, number - 1);
}

bool ShopData::remove(Collection c, quint32 number, qint64 now)
{
    RecordMeta *m = meta(c, number);
    if (!m || m->deleted)
        return false;
    m->deleted = true;
    ++m->version;
    m->updatedAt = now;
    m->seq = next(c, number - 1);
    ++m_deleted[int(c)];
    return true;
}

int ShopData::count(Collection c) const
{
    switch (c) {
    case Collection::Products:
        return int(products.size());
    case Collection::Customers:
        return int(customers.size());
    case Collection::Orders:
        return int(orders.size());
    case Collection::Sessions:
        return int(sessions.size());
    case Collection::Events:
        return int(events.size());
    case Collection::Commissions:
        return int(commissions.size());
    }
    return 0;
}

int ShopData::liveCount(Collection c) const
{
    return count(c) - m_deleted[int(c)];
}

bool ShopData::exists(Collection c, quint32 number) const
{
    return number >= 1 && int(number) <= count(c) && !isDeleted(c, int(number) - 1);
}

bool ShopData::isDeleted(Collection c, int i) const
{
    switch (c) {
    case Collection::Products:
        return products[i].meta.deleted;
    case Collection::Customers:
        return customers[i].meta.deleted;
    case Collection::Orders:
        return orders[i].meta.deleted;
    case Collection::Commissions:
        return commissions[i].meta.deleted;
    default:
        return false;
    }
}

quint32 ShopData::seqAt(Collection c, int i) const
{
    switch (c) {
    case Collection::Products:
        return products[i].meta.seq;
    case Collection::Customers:
        return customers[i].meta.seq;
    case Collection::Orders:
        return orders[i].meta.seq;
    case Collection::Sessions:
        return sessions[i].seq;
    case Collection::Events:
        return events[i].seq;
    case Collection::Commissions:
        return commissions[i].meta.seq;
    }
    return 0;
}

std::vector<quint32> ShopData::referrerChain(quint32 buyer, int maxLevels) const
{
    std::vector<quint32> chain;
    QSet<quint32> seen{buyer};
    quint32 current = buyer;
    while (int(chain.size()) < maxLevels) {
        if (current == 0 || current > customers.size())
            break;
        const quint32 up = customers[current - 1].referrer;
        if (up == 0 || up > customers.size() || customers[up - 1].meta.deleted || seen.contains(up))
            break;
        chain.push_back(up);
        seen.insert(up);
        current = up;
    }
    return chain;
}

std::vector<quint32> ShopData::bookCommissions(quint32 orderNumber, qint64 at,
                                               CommissionStatus status)
{
    std::vector<quint32> booked;
    const Order *o = order(orderNumber);
    if (!o)
        return booked;
    const auto chain = referrerChain(o->customer, int(info.ratesBp.size()));
    for (size_t level = 0; level < chain.size(); ++level) {
        Commission c;
        c.order = orderNumber;
        c.beneficiary = chain[level];
        c.level = int(level) + 1;
        c.amount = o->total * info.ratesBp[level] / 10000;
        c.status = status;
        c.createdAt = at;
        c.meta.updatedAt = at;
        booked.push_back(addCommission(std::move(c)));
    }
    return booked;
}

void ShopData::reverseCommissions(quint32 orderNumber, qint64 at)
{
    for (quint32 n : commissionsOf(orderNumber)) {
        Commission *c = commission(n);
        if (c && !c->meta.deleted && c->status != CommissionStatus::Reversed) {
            c->status = CommissionStatus::Reversed;
            touch(Collection::Commissions, n, at);
        }
    }
}

const std::vector<quint32> &ShopData::commissionsOf(quint32 orderNumber) const
{
    static const std::vector<quint32> none;
    const auto it = m_commissionsByOrder.constFind(orderNumber);
    return it == m_commissionsByOrder.cend() ? none : *it;
}

CommissionStatus ShopData::statusByAge(qint64 ageSecs)
{
    if (ageSecs < 7 * 86400)
        return CommissionStatus::Pending;
    if (ageSecs < 30 * 86400)
        return CommissionStatus::Confirmed;
    return CommissionStatus::Paid;
}
