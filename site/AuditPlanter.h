// Plants the deliberate defects that the app's audits and robustness tests must find:
// referral-tree anomalies, commission booking mistakes and malformed records. Every planted item
// is recorded in ShopData::planted (served by GET /_admin/planted). See README.md.
#pragma once

#include <QtGlobal>

class Rng;
class ShopData;

class AuditPlanter
{
public:
    /// A self-referral, a 2-cycle and a referrer_id pointing to a missing customer, all on leaf
    /// customers without orders so that commission ground truth stays unambiguous.
    static void plantReferralAnomalies(ShopData &data, Rng &rng);
    /// Missing booking, wrong amount, wrong beneficiary, level-4 booking, commission not
    /// reversed after a refund, booking for a non-existent order.
    static void plantCommissionMistakes(ShopData &data, Rng &rng, qint64 horizon);
    /// Appends n malformed records spread over all collections.
    static void plantMalformed(ShopData &data, int n);
};
