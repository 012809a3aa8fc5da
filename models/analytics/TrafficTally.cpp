#include "analytics/TrafficTally.h"

void TrafficTally::add(const Session &s)
{
    addTo(m_daily[{s.day, s.channel, s.source, QString()}], s);
    if (!s.keyword.isEmpty())
        addTo(m_keywords[{s.day, s.channel, s.source, s.keyword}], s);
}

void TrafficTally::addTo(Sums &sums, const Session &s)
{
    ++sums.sessions;
    if (sums.lastVisitor != s.visitorId || sums.sessions == 1) {
        ++sums.visitors;
        sums.lastVisitor = s.visitorId;
    }
    sums.newVisitors += s.newVisitor ? 1 : 0;
    sums.registrations += s.registered ? 1 : 0;
    sums.orders += s.paidOrders;
    sums.revenue += s.revenue;
    for (int step = 1; step <= 4; ++step)
        sums.reached[step - 1] += s.funnelStep >= step ? 1 : 0;
}

QList<QVariantList> TrafficTally::dailyRows() const
{
    QList<QVariantList> rows;
    rows.reserve(m_daily.size());
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it) {
        const Sums &s = it.value();
        rows.append({it.key().day, it.key().channel, it.key().source, s.sessions, s.visitors,
                     s.newVisitors, s.registrations, s.orders, s.revenue, s.reached[0],
                     s.reached[1], s.reached[2], s.reached[3]});
    }
    return rows;
}

QList<QVariantList> TrafficTally::keywordRows() const
{
    QList<QVariantList> rows;
    rows.reserve(m_keywords.size());
    for (auto it = m_keywords.cbegin(); it != m_keywords.cend(); ++it) {
        const Sums &s = it.value();
        rows.append({it.key().day, it.key().channel, it.key().source, it.key().keyword, s.sessions,
                     s.visitors, s.newVisitors, s.registrations, s.orders, s.revenue});
    }
    return rows;
}

QSet<int> TrafficTally::days() const
{
    QSet<int> days;
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it)
        days.insert(it.key().day);
    return days;
}
