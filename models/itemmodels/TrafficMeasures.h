#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The figures the traffic tables show for a channel, source or keyword over a date range.
// Visitors are counted once per day and source (summed over days), so they add up like sessions.
struct TrafficMeasures
{
    Q_DECLARE_TR_FUNCTIONS(TrafficMeasures)
public:
    enum Column {
        Sessions,
        Visitors,
        NewVisitors,
        Registrations,
        Orders,
        Revenue,
        Conversion,
        RevenuePerSession,
        Count
    };

    qint64 sessions = 0;
    qint64 visitors = 0;
    qint64 newVisitors = 0;
    qint64 registrations = 0;
    qint64 orders = 0;  // paid orders that came from these sessions
    qint64 revenue = 0; // fen

    double conversion() const { return sessions > 0 ? double(orders) / double(sessions) : 0.0; }
    double revenuePerSession() const
    {
        return sessions > 0 ? double(revenue) / double(sessions) : 0.0;
    }
    void add(const TrafficMeasures &other);

    // The measure columns of traffic_daily, traffic_keywords_daily and traffic_keywords_spans,
    // and the SELECT list that sums them.
    static QString sqlColumns();
    static QString sqlSums();
    // Reads the six sums starting at `column` of a query row.
    template <typename Query> static TrafficMeasures fromQuery(const Query &q, int column)
    {
        TrafficMeasures m;
        m.sessions = q.value(column).toLongLong();
        m.visitors = q.value(column + 1).toLongLong();
        m.newVisitors = q.value(column + 2).toLongLong();
        m.registrations = q.value(column + 3).toLongLong();
        m.orders = q.value(column + 4).toLongLong();
        m.revenue = q.value(column + 5).toLongLong();
        return m;
    }

    // Cell values by role (Display, RawValue, Export) and headers, shared by the traffic models.
    QVariant value(Column column, int role, const QString &currency) const;
    static QString header(Column column);
    static QString key(Column column);
    static QString tooltip(Column column);
};
