#include "referrals/ReferralAnomalyFinder.h"

#include "core/ShopCalendar.h"
#include "referrals/ReferralGraph.h"

#include <QHash>
#include <QSettings>
#include <algorithm>

namespace {
const auto kThresholdKey = QStringLiteral("referrals/burstThreshold");
}

int ReferralAnomalyFinder::burstThreshold()
{
    const int value = QSettings().value(kThresholdKey, kDefaultBurstThreshold).toInt();
    return value > 0 ? value : kDefaultBurstThreshold;
}

void ReferralAnomalyFinder::setBurstThreshold(int threshold)
{
    QSettings().setValue(kThresholdKey, threshold);
}

QList<ReferralAnomaly> ReferralAnomalyFinder::find(const ReferralGraph &graph,
                                                   const ShopCalendar &calendar, int paidLevels,
                                                   int burstThreshold)
{
    using Kind = ReferralAnomaly::Kind;
    QList<ReferralAnomaly> found;
    QHash<QString, QHash<QDate, QStringList>> registrations; // inviter id -> day -> invitees
    int deepMembers = 0;
    int deepest = ReferralGraph::kNone;
    for (int m = 0; m < graph.size(); ++m) {
        const QString &ref = graph.referrerId(m);
        if (ref.isEmpty())
            continue;
        if (ref == graph.id(m)) {
            ReferralAnomaly a;
            a.kind = Kind::SelfReferral;
            a.memberIds = {graph.id(m)};
            a.count = 1;
            found.append(a);
            continue;
        }
        if (graph.rawReferrer(m) == ReferralGraph::kNone) {
            ReferralAnomaly a;
            a.kind = Kind::DanglingInviter;
            a.memberIds = {graph.id(m)};
            a.inviterId = ref;
            a.count = 1;
            found.append(a);
        }
        registrations[ref][calendar.dayOf(graph.registeredAt(m))].append(graph.id(m));
    }
    for (const QList<int> &loop : graph.cycles()) {
        ReferralAnomaly a;
        a.kind = Kind::Cycle;
        for (int m : loop)
            a.memberIds.append(graph.id(m));
        a.count = int(loop.size());
        found.append(a);
    }
    for (int m = 0; m < graph.size(); ++m) {
        if (graph.depth(m) > paidLevels) {
            ++deepMembers;
            if (deepest == ReferralGraph::kNone || graph.depth(m) > graph.depth(deepest))
                deepest = m;
        }
    }
    if (deepMembers > 0) {
        ReferralAnomaly a;
        a.kind = Kind::DeepChain;
        for (int m : graph.uplinePath(deepest))
            a.memberIds.append(graph.id(m));
        a.count = deepMembers;
        found.append(a);
    }
    QList<ReferralAnomaly> bursts;
    for (auto inviter = registrations.cbegin(); inviter != registrations.cend(); ++inviter) {
        for (auto day = inviter->cbegin(); day != inviter->cend(); ++day) {
            if (day->size() <= burstThreshold)
                continue;
            ReferralAnomaly a;
            a.kind = Kind::RegistrationBurst;
            a.inviterId = inviter.key();
            a.day = day.key();
            a.memberIds = *day;
            a.count = int(day->size());
            bursts.append(a);
        }
    }
    std::sort(bursts.begin(), bursts.end(), [](const ReferralAnomaly &a, const ReferralAnomaly &b) {
        return a.count != b.count ? a.count > b.count : a.inviterId < b.inviterId;
    });
    found.append(bursts);
    return found;
}
