#pragma once

#include <QList>
#include <QString>

class Database;

// What the order detail view shows besides the items: buyer, totals, where the order came
// from, the commission booked for it, and its status timeline as this store saw it.
struct OrderDetail
{
    struct StatusChange
    {
        QString status, source; // source: "site", "local" (an edit of ours), "undo"
        qint64 at = 0;
    };
    QString id, number, status, customer, carrier, trackingNumber, landingUrl, referrerUrl, channel;
    qint64 createdAt = 0, paidAt = 0, total = 0, itemCount = 0, commissionBooked = 0,
           commissionCount = 0;
    QList<StatusChange> timeline;

    static bool load(Database &db, const QString &orderId, OrderDetail *out);
};
