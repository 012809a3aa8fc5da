#pragma once

#include "sync/Collection.h"
#include "sync/Records.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A record the site sent that cannot be stored: kept aside with why and exactly what came.
struct QuarantinedRecord
{
    QString recordId; // empty when the record had no usable id
    QString reason;
    QByteArray rawJson;
};

struct DeletedRecord
{
    QString id;
    qint64 updatedAt = 0;
};

// One listing page, parsed and validated; only the list matching `collection` is filled.
struct ParsedPage
{
    Collection collection = Collection::Products;
    QList<ProductRecord> products;
    QList<CustomerRecord> customers;
    QList<OrderRecord> orders;
    QList<SessionRecord> sessions;
    QList<EventRecord> events;
    QList<CommissionRecord> commissions;
    QList<DeletedRecord> deleted;
    QList<QuarantinedRecord> quarantined;
    QString nextCursor;  // empty: last page
    QString syncToken;   // set on the last page
    bool hasNextCursor = false;
    // Set by the sync: other parts of a partitioned listing are still being listed, so this
    // part's last page does not end the listing.
    bool otherPartsPending = false;
    // Set by a kind whose orders come with their own sessions (WooCommerce: one per order, from
    // its attribution), stored right after the orders in the next page: observers that derive
    // from sessions do that work once, on the sessions page.
    bool sessionsFollow = false;

    qsizetype recordCount() const;
};
