// The whole state of the fake shop in memory: records in vectors ordered by id with an id index,
// the id sequences WordPress would hand out, and a log of what was deleted for good.
#pragma once

#include "WooRecords.h"

#include <QHash>
#include <vector>

class WooShopData
{
public:
    WooSiteSettings settings;

    std::vector<WooProduct> products;
    std::vector<WooVariation> variations;
    std::vector<WooCustomer> customers;
    std::vector<WooOrder> orders;
    std::vector<WooDeletion> deletions;

    // Products and variations are posts and share one sequence; refunds are orders and share the
    // orders' one; notes are comments; line items and meta rows have their own tables.
    qint64 nextPostId = 10;
    qint64 nextOrderId = 100;
    qint64 nextUserId = 2; // 1 is the administrator
    qint64 nextNoteId = 1;
    qint64 nextItemId = 1;
    qint64 nextMetaId = 1;

    /// Bumped by every change; listing caches compare it.
    quint64 version = 0;

    WooProduct *product(qint64 id);
    WooVariation *variation(qint64 id);
    WooCustomer *customer(qint64 id);
    WooOrder *order(qint64 id);
    const WooProduct *product(qint64 id) const;
    const WooVariation *variation(qint64 id) const;
    const WooCustomer *customer(qint64 id) const;
    const WooOrder *order(qint64 id) const;
    const WooCategory *category(qint64 id) const;

    /// Appends a record (id 0: the next in its sequence) and returns it.
    WooProduct &addProduct(WooProduct p);
    WooVariation &addVariation(WooVariation v);
    WooCustomer &addCustomer(WooCustomer c);
    WooOrder &addOrder(WooOrder o);

    /// Deletes for good (logged in deletions). A product takes its variations with it.
    bool removeProduct(qint64 id, qint64 now);
    bool removeVariation(qint64 id, qint64 now);
    bool removeCustomer(qint64 id, qint64 now);
    bool removeOrder(qint64 id, qint64 now);

    /// Rebuilds the indexes after records were loaded or reordered, and raises the sequences
    /// above every id in use.
    void reindex();

private:
    QHash<qint64, int> m_productIndex, m_variationIndex, m_customerIndex, m_orderIndex;
};
