#pragma once

#include <QString>

class Database;

// Writes a synthetic one-year shop straight into a store: sessions with their classification and
// per-session facts as the sync would have stored them (channel mix of a Chinese shop, a daily
// and weekly rhythm, search keywords, funnel depths), the visitors' loop steps, then the daily
// aggregates built by the real TrafficAggregates / LifecycleDerivation code.
class ShopGenerator
{
public:
    ShopGenerator(Database &db, qint64 sessions, int days)
        : m_db(db), m_sessions(sessions), m_days(days)
    {}
    bool run(QString *error);
    double insertSeconds() const { return m_insertSeconds; }
    double aggregateSeconds() const { return m_aggregateSeconds; }

private:
    Database &m_db;
    qint64 m_sessions;
    int m_days;
    double m_insertSeconds = 0;
    double m_aggregateSeconds = 0;
};
