#pragma once

#include "itemmodels/DateRange.h"

#include <QCoreApplication>
#include <QString>

// What the traffic and funnel models show: a range of shop days, optionally one channel (and one
// source inside it), and the period a funnel is compared with.
struct TrafficFilter
{
    Q_DECLARE_TR_FUNCTIONS(TrafficFilter)
public:
    enum class Comparison { None, PreviousPeriod, WeekEarlier };

    DateRange range;
    QString channel; // empty: all channels
    QString source;  // empty: all sources of the channel
    Comparison comparison = Comparison::None;

    // The range compared with: the same number of days just before, or the same days a week
    // earlier (same weekdays). Invalid for Comparison::None.
    DateRange comparedRange() const;
    static QString comparisonName(Comparison comparison);
    // " AND channel = ? [AND source = ?]" and its values, for the aggregate tables.
    QString sqlCondition() const;
    QVariantList sqlValues() const;

    bool operator==(const TrafficFilter &other) const
    {
        return range == other.range && channel == other.channel && source == other.source &&
               comparison == other.comparison;
    }
};
