#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

// The daily traffic aggregates (traffic_daily, traffic_keywords_daily) summed in memory from
// sessions as a derivation of every session produces their facts: the same figures as
// TrafficAggregates' GROUP BY, without reading the sessions again (a first sync's end).
// Sessions must come in visitor order, each visitor's together: a visitor is counted once per
// day, channel and source (and keyword) by comparing with the last one counted there.
class TrafficTally
{
public:
    struct Session
    {
        QString visitorId;
        int day = 0;
        QString channel, source, keyword;
        bool newVisitor = false;
        int funnelStep = 0;
        bool registered = false;
        qint64 paidOrders = 0;
        qint64 revenue = 0;
    };
    void add(const Session &s);

    // Rows in traffic_daily's columns (day, channel, source, sessions, visitors, new_visitors,
    // registrations, orders, revenue, viewed, carted, checked_out, purchased).
    QList<QVariantList> dailyRows() const;
    // Rows in traffic_keywords_daily's (day, channel, source, keyword, sessions, visitors,
    // new_visitors, registrations, orders, revenue).
    QList<QVariantList> keywordRows() const;
    QSet<int> days() const;

private:
    struct Key
    {
        int day;
        QString channel, source, keyword; // keyword empty in the daily rows
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.day == b.day && a.channel == b.channel && a.source == b.source &&
                   a.keyword == b.keyword;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.day, k.channel, k.source, k.keyword);
        }
    };
    struct Sums
    {
        qint64 sessions = 0, visitors = 0, newVisitors = 0, registrations = 0, orders = 0,
               revenue = 0;
        qint64 reached[4] = {}; // sessions whose funnel reached step 1..4
        QString lastVisitor;
    };
    static void addTo(Sums &sums, const Session &s);

    QHash<Key, Sums> m_daily;
    QHash<Key, Sums> m_keywords;
};
