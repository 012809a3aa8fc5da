// Builds the deterministic demo shop 山野茶舍: same seed, days, end date, scale and malformed
// count give byte-identical data.
#pragma once

#include <QDate>
#include <memory>

class ShopData;
class VisitGenerator;

struct GeneratorOptions
{
    quint64 seed = 42;
    int days = 90;
    QDate endDate;      ///< history covers the `days` days before this date (Beijing time)
    double scale = 1.0; ///< 1.0 ≈ 40k sessions, 150k events, 3k customers, 4k orders
    int malformed = 0;
    /// Live demo: the history goes on through `endDate` itself up to this time (Unix seconds),
    /// so that today has its visits so far. 0: the history stops at endDate's midnight.
    qint64 until = 0;
};

class DemoShopGenerator
{
public:
    /// Fills data and returns the visit generator (kept for live simulation and admin add-orders).
    static std::unique_ptr<VisitGenerator> generate(ShopData &data, const GeneratorOptions &opt);
    /// Unix time at which the generated history ends (end date 00:00 Beijing time).
    static qint64 horizon(const GeneratorOptions &opt);
};
