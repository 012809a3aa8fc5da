#pragma once

#include "referrals/AuditFinding.h"

#include <QList>
#include <QString>

class Database;
class ReferralGraph;

// Recomputes what the site should have booked and lists every difference with what it did book.
//
// Rules (site API v1): for an order that is paid, shipped, completed or refunded, level N
// (1..len(rates_bp)) of the buyer's inviter chain gets floor(total × rate_N / 10000) fen. The chain
// follows customers.referrer_id as stored and stops at a missing inviter or one already on it.
// Pending and cancelled orders earn nothing: a live booking for one is "not due" (a reversed one
// is fine). A refunded order's bookings must all have status `reversed`. For paid, shipped and
// completed orders any of pending / confirmed / paid is accepted: how bookings age from pending
// to paid is the site's policy, not part of the contract; only `reversed` is wrong there.
class CommissionAuditor
{
public:
    struct Order
    {
        QString id, customerId, status;
        qint64 total = 0;
    };
    struct Booking
    {
        QString id, orderId, beneficiaryId, status;
        int level = 0;
        qint64 amount = 0;
    };

    static QList<AuditFinding> run(const Database &db, const ReferralGraph &graph,
                                   QString *error = nullptr);
    static QList<AuditFinding> run(const QList<int> &ratesBp, const ReferralGraph &graph,
                                   const QList<Order> &orders, const QList<Booking> &bookings);
};
