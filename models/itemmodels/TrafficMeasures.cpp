#include "itemmodels/TrafficMeasures.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"

#include <QLocale>

void TrafficMeasures::add(const TrafficMeasures &other)
{
    sessions += other.sessions;
    visitors += other.visitors;
    newVisitors += other.newVisitors;
    registrations += other.registrations;
    orders += other.orders;
    revenue += other.revenue;
}

QString TrafficMeasures::sqlColumns()
{
    return QStringLiteral("sessions, visitors, new_visitors, registrations, orders, revenue");
}

QString TrafficMeasures::sqlSums()
{
    return QStringLiteral(
        "SUM(sessions), SUM(visitors), SUM(new_visitors), SUM(registrations), SUM(orders), "
        "SUM(revenue)");
}

QVariant TrafficMeasures::value(Column column, int role, const QString &currency) const
{
    const qint64 counts[] = {sessions, visitors, newVisitors, registrations, orders};
    if (role == ItemRoles::RawValueRole) {
        switch (column) {
        case Revenue:
            return revenue;
        case Conversion:
            return conversion();
        case RevenuePerSession:
            return revenuePerSession();
        case Count:
            return {};
        default:
            return counts[column];
        }
    }
    if (role == ItemRoles::ExportRole) {
        switch (column) {
        case Revenue:
            return Money::toDecimal(revenue);
        case Conversion:
            return QString::number(conversion() * 100.0, 'f', 2);
        case RevenuePerSession:
            return Money::toDecimal(qRound64(revenuePerSession()));
        case Count:
            return {};
        default:
            return counts[column];
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (column) {
        case Revenue:
            return Money::display(revenue, currency);
        case Conversion:
            return locale.toString(conversion() * 100.0, 'f', 2) + QLatin1Char('%');
        case RevenuePerSession:
            return Money::display(qRound64(revenuePerSession()), currency);
        case Count:
            return {};
        default:
            return locale.toString(counts[column]);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tooltip(column);
    return {};
}

QString TrafficMeasures::header(Column column)
{
    switch (column) {
    case Sessions:
        return tr("Sessions");
    case Visitors:
        return tr("Visitors");
    case NewVisitors:
        return tr("New visitors");
    case Registrations:
        return tr("Registrations");
    case Orders:
        return tr("Orders");
    case Revenue:
        return tr("Revenue");
    case Conversion:
        return tr("Conversion");
    case RevenuePerSession:
        return tr("Revenue / session");
    case Count:
        break;
    }
    return {};
}

QString TrafficMeasures::key(Column column)
{
    static const char *const keys[] = {
        "sessions", "visitors", "new_visitors",   "registrations",
        "orders",   "revenue",  "conversion_pct", "revenue_per_session"};
    return column < Count ? QString::fromLatin1(keys[column]) : QString();
}

QString TrafficMeasures::tooltip(Column column)
{
    switch (column) {
    case Sessions:
        return tr("Visits that started on these days");
    case Visitors:
        return tr("Distinct visitors per day, added up over the days");
    case NewVisitors:
        return tr("Visits that were the visitor's first ever");
    case Registrations:
        return tr("Visits in which the visitor registered");
    case Orders:
        return tr("Paid orders (paid, shipped or completed) placed in these visits");
    case Revenue:
        return tr("Total of those paid orders");
    case Conversion:
        return tr("Orders ÷ sessions");
    case RevenuePerSession:
        return tr("Revenue ÷ sessions");
    case Count:
        break;
    }
    return {};
}
