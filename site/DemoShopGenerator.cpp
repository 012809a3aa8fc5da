#include "DemoShopGenerator.h"

#include "AuditPlanter.h"
#include "CatalogGenerator.h"
#include "RecordNames.h"
#include "Rng.h"
#include "ShopData.h"
#include "Timestamp.h"
#include "TrafficMix.h"
#include "VisitGenerator.h"

#include <algorithm>
#include <cmath>

namespace {

// Relative traffic per hour of the day, Beijing time.
const double kHourly[24] = {2, 1.2, 0.8, 0.5, 0.4, 0.6, 1.5, 3.5, 5.5, 7,  8,  8,
                            9, 8,   7,   7,   7,   7.5, 8.5, 10,  12,  13, 10, 5};

double dayWeight(const QDate &date, int index, int days, Rng &rng)
{
    double w = 0.85 + 0.3 * index / std::max(1, days - 1); // slow growth
    if (date.dayOfWeek() >= 6)
        w *= 1.25;
    if ((date.month() == 11 && date.day() == 11) || (date.month() == 6 && date.day() == 18))
        w *= 3.0;
    if (date.month() == 9 && date.day() >= 15 && date.day() <= 17) // around mid-autumn
        w *= 1.8;
    w *= 0.88 + 0.24 * rng.unit();
    return w;
}

qint64 randomTimeOfDay(Rng &rng)
{
    static const double total = [] {
        double t = 0;
        for (double h : kHourly)
            t += h;
        return t;
    }();
    double x = rng.unit() * total;
    int hour = 0;
    while (hour < 23 && x >= kHourly[hour]) {
        x -= kHourly[hour];
        ++hour;
    }
    return hour * 3600 + rng.range(0, 3599);
}

} // namespace

qint64 DemoShopGenerator::horizon(const GeneratorOptions &opt)
{
    const qint64 midnight = Timestamp::beijingMidnight(opt.endDate);
    return opt.until > midnight ? std::min(opt.until, midnight + 86400) : midnight;
}

std::unique_ptr<VisitGenerator> DemoShopGenerator::generate(ShopData &d,
                                                            const GeneratorOptions &opt)
{
    d.info.name = "山野茶舍";
    const qint64 end = horizon(opt);
    const qint64 start = Timestamp::beijingMidnight(opt.endDate) - qint64(opt.days) * 86400;
    // A live demo's last day is today, generated up to now like any day and cut there.
    const int days = opt.days + (end > start + qint64(opt.days) * 86400 ? 1 : 0);
    Rng rng(Rng::mix(opt.seed, 1));

    CatalogGenerator::generate(d, rng, start, end);

    auto visits = std::make_unique<VisitGenerator>(d, Rng::mix(opt.seed, 2));
    visits->setHorizon(end);

    const int early = int(std::lround(500 * opt.scale));
    std::vector<qint64> earlyTimes;
    for (int i = 0; i < early; ++i)
        earlyTimes.push_back(start - rng.range(3600, 720 * 86400));
    std::sort(earlyTimes.begin(), earlyTimes.end());
    for (qint64 t : earlyTimes)
        visits->addEarlyCustomer(t);

    std::vector<double> weights;
    double sum = 0;
    for (int i = 0; i < opt.days; ++i) {
        weights.push_back(dayWeight(opt.endDate.addDays(i - opt.days), i, opt.days, rng));
        sum += weights.back();
    }
    if (days > opt.days)
        weights.push_back(dayWeight(opt.endDate, opt.days, opt.days, rng));
    const double total = 40000.0 * opt.scale;
    const int burstDay = opt.days >= 3 ? opt.days * 2 / 3 : -1;
    const int burstSize = 30 + int(std::lround(10 * opt.scale));

    std::vector<qint64> times;
    for (int i = 0; i < days; ++i) {
        const qint64 dayStart = start + qint64(i) * 86400;
        const auto n = int(std::lround(total * weights[i] / sum));
        times.clear();
        for (int k = 0; k < n; ++k) {
            const qint64 t = dayStart + randomTimeOfDay(rng);
            if (t < end) // today, live: only the visits so far
                times.push_back(t);
        }
        std::sort(times.begin(), times.end());

        quint32 inviter = 0;
        std::vector<qint64> burst;
        if (i == burstDay && !d.customers.empty()) {
            inviter = quint32(d.customers.size()) -
                      rng.below(quint32(std::min<size_t>(50, d.customers.size())));
            for (int k = 0; k < burstSize; ++k)
                burst.push_back(dayStart + 19 * 3600 + rng.range(0, 4 * 3600 - 1));
            std::sort(burst.begin(), burst.end());
        }
        size_t b = 0;
        for (qint64 t : times) {
            while (b < burst.size() && burst[b] <= t) {
                VisitPlan plan;
                plan.forceRegister = true;
                plan.forcedReferrer = inviter;
                plan.forcedSource = TrafficMix::WechatGroup;
                visits->visit(burst[b++], plan);
            }
            visits->visit(t);
        }
        while (b < burst.size()) {
            VisitPlan plan;
            plan.forceRegister = true;
            plan.forcedReferrer = inviter;
            plan.forcedSource = TrafficMix::WechatGroup;
            visits->visit(burst[b++], plan);
        }
        if (inviter) {
            d.planted.push_back(
                {"referral_burst", "customers", RecordNames::id(Collection::Customers, inviter),
                 QByteArray::number(burstSize) + " registrations invited on " +
                     Timestamp::beijingDate(dayStart).toString(Qt::ISODate).toLatin1()});
        }
    }

    Rng plantRng(Rng::mix(opt.seed, 3));
    AuditPlanter::plantReferralAnomalies(d, plantRng);
    AuditPlanter::plantCommissionMistakes(d, plantRng, end);
    AuditPlanter::plantMalformed(d, opt.malformed);
    return visits;
}
