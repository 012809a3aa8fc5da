#include "itemmodels/TrafficFilter.h"

#include <QVariant>

DateRange TrafficFilter::comparedRange() const
{
    if (!range.isValid())
        return {};
    switch (comparison) {
    case Comparison::None:
        return {};
    case Comparison::PreviousPeriod: {
        const qint64 n = range.dayCount();
        return DateRange(range.from().addDays(-n), range.from().addDays(-1));
    }
    case Comparison::WeekEarlier:
        return DateRange(range.from().addDays(-7), range.to().addDays(-7));
    }
    return {};
}

QString TrafficFilter::comparisonName(Comparison comparison)
{
    switch (comparison) {
    case Comparison::None:
        return tr("No comparison");
    case Comparison::PreviousPeriod:
        return tr("Previous period");
    case Comparison::WeekEarlier:
        return tr("Same weekdays a week earlier");
    }
    return {};
}

QString TrafficFilter::sqlCondition() const
{
    QString sql;
    if (!channel.isEmpty())
        sql += QStringLiteral(" AND channel = ?");
    if (!channel.isEmpty() && !source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    return sql;
}

QVariantList TrafficFilter::sqlValues() const
{
    QVariantList values;
    if (!channel.isEmpty())
        values << channel;
    if (!channel.isEmpty() && !source.isEmpty())
        values << source;
    return values;
}
