#pragma once

#include "store/Database.h"

#include <QDate>
#include <QVariantList>

// A hand-built referral shop (rates_bp [1000, 500, 200]) written with SQL into a store:
//
//   a ─┬─ b ── c ── d ── e      (e sits 4 levels below a: deeper than the paid levels)
//      └─ f
//   s refers to itself; x and y refer to each other; g names the missing inviter "ghost".
//
// Orders: o1 d paid 100.00; o2 e completed 199.99; o3 b refunded 50.00; o4 c pending 30.00;
// o5 f cancelled 80.00; o6 a paid 70.00 (a has no inviter). The bookings cm1..cm7 are exactly
// right, so a clean audit finds nothing. Members register on 2026-11-01 + n days at 10:00.
namespace ReferralFixture {
bool fill(Database &db, QString *error);
bool exec(Database &db, const QString &sql, const QVariantList &values = {},
          QString *error = nullptr);
qint64 shopMs(QDate day, int hour, int minute = 0);
bool addCustomer(Database &db, const QString &id, const QString &referrer, qint64 registeredAt);
} // namespace ReferralFixture
