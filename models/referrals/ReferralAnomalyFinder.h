#pragma once

#include "referrals/ReferralAnomaly.h"

#include <QList>

class ReferralGraph;
class ShopCalendar;

// Lists the anomalies of the referral links. Works on the graph's integer links, so cycles and
// missing inviters cannot make it loop.
class ReferralAnomalyFinder
{
public:
    static constexpr int kDefaultBurstThreshold = 10;

    // paidLevels: len(rates_bp); a burst is more than burstThreshold registrations a day.
    static QList<ReferralAnomaly> find(const ReferralGraph &graph, const ShopCalendar &calendar,
                                       int paidLevels, int burstThreshold);
    // The threshold from QSettings (referrals/burstThreshold), or the default.
    static int burstThreshold();
    static void setBurstThreshold(int threshold);
};
