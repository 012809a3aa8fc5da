// All records of the site plus the change bookkeeping that incremental sync needs.
//
// A global change sequence number grows on every create, change and delete. Each record stores
// the sequence number of its last change. Mutable collections keep an append-only change log of
// (seq, index) pairs, sorted by seq; an entry is stale when the record has changed again since.
// Sessions and events are append-only and never change, so their vectors are themselves sorted
// by seq and need no log.
#pragma once

#include "ShopRecords.h"

#include <QByteArray>
#include <QHash>
#include <utility>
#include <vector>

struct ShopInfo
{
    QByteArray id = "shop_1";
    QByteArray name;
    QByteArray currency = "CNY";
    QByteArray timezone = "Asia/Shanghai";
    std::vector<int> ratesBp{1000, 500, 200};
    QByteArray domain = "shop.example.cn";
};

/// Something planted on purpose for tests (anomaly, booking mistake, malformed record).
struct PlantedNote
{
    QByteArray kind;
    QByteArray collection;
    QByteArray id;
    QByteArray detail;
};

using ChangeLog = std::vector<std::pair<quint32, quint32>>; // (seq, index)

class ShopData
{
public:
    ShopInfo info;

    std::vector<Product> products;
    std::vector<Customer> customers;
    std::vector<Order> orders;
    std::vector<Session> sessions;
    std::vector<Event> events;
    std::vector<Commission> commissions;
    std::vector<PlantedNote> planted;

    quint32 currentSeq() const { return m_seq; }

    // Appending assigns the next seq and returns the new record's number (index + 1).
    quint32 addProduct(Product p);
    quint32 addCustomer(Customer c);
    quint32 addOrder(Order o);
    quint32 addSession(Session s);
    quint32 addEvent(Event e);
    quint32 addCommission(Commission c);

    /// Marks a mutable record changed: version + 1, updated_at = now, new seq.
    bool touch(Collection c, quint32 number, qint64 now);
    /// Re-sequences without bumping version/updated_at (used while generating history).
    void resequence(Collection c, quint32 number);
    bool remove(Collection c, quint32 number, qint64 now);

    static bool isImmutable(Collection c)
    {
        return c == Collection::Sessions || c == Collection::Events;
    }
    int count(Collection c) const;
    int liveCount(Collection c) const;
    bool exists(Collection c, quint32 number) const;
    bool isDeleted(Collection c, int index) const;
    quint32 seqAt(Collection c, int index) const;
    const ChangeLog &changeLog(Collection c) const { return m_logs[int(c)]; }
    RecordMeta *meta(Collection c, quint32 number);

    Product *product(quint32 n) { return n && n <= products.size() ? &products[n - 1] : nullptr; }
    Customer *customer(quint32 n)
    {
        return n && n <= customers.size() ? &customers[n - 1] : nullptr;
    }
    Order *order(quint32 n) { return n && n <= orders.size() ? &orders[n - 1] : nullptr; }
    Commission *commission(quint32 n)
    {
        return n && n <= commissions.size() ? &commissions[n - 1] : nullptr;
    }

    /// The referrer chain above a buyer, up to maxLevels, stopping at missing customers and cycles.
    std::vector<quint32> referrerChain(quint32 buyer, int maxLevels) const;
    /// Books the referral commissions of a paid order per info.ratesBp. Returns their numbers.
    std::vector<quint32> bookCommissions(quint32 orderNumber, qint64 at, CommissionStatus status);
    /// Reverses the commissions of a refunded order.
    void reverseCommissions(quint32 orderNumber, qint64 at);
    const std::vector<quint32> &commissionsOf(quint32 orderNumber) const;

    /// Commission status by age of the booking (pending < 7 days <= confirmed < 30 days <= paid).
    static CommissionStatus statusByAge(qint64 ageSecs);

private:
    quint32 next(Collection c, quint32 index);

    quint32 m_seq = 0;
    ChangeLog m_logs[kCollectionCount];
    int m_deleted[kCollectionCount] = {};
    QHash<quint32, std::vector<quint32>> m_commissionsByOrder;
};
