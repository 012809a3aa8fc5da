// Test faults, all off by default: 503s, 429s, truncated bodies, dropped connections and delays.
// Admin endpoints are never faulted, so tests can always steer the server.
#pragma once

#include "Rng.h"

#include <QtGlobal>

class JsonWriter;
class QJsonObject;

struct FaultConfig
{
    double failRate = 0;     ///< fraction of GET listing requests answered 503
    int rateLimitEvery = 0;  ///< every Nth request answered 429 with Retry-After: 1
    double truncateRate = 0; ///< fraction of replies whose body is cut short
    double dropRate = 0;     ///< fraction of requests whose connection is closed without a reply
    int latencyMs = 0;       ///< delay of every reply (the server keeps serving meanwhile)
    quint64 seed = 1;
};

class FaultInjector
{
public:
    enum class Truncation { None, ShortBodyFullLength, ShortBodyShortLength };

    explicit FaultInjector(const FaultConfig &config) : m_config(config), m_rng(config.seed) {}

    const FaultConfig &config() const { return m_config; }
    /// Applies the keys of a JSON object (fail_rate, rate_limit_every, truncate_rate, drop_rate,
    /// latency_ms, fault_seed) to the configuration.
    void reconfigure(const QJsonObject &changes);

    bool rateLimit();
    bool fail(bool isListing);
    bool drop();
    Truncation truncate();
    int latencyMs() const { return m_config.latencyMs; }

    void writeStats(JsonWriter &w) const;

private:
    FaultConfig m_config;
    Rng m_rng;
    quint64 m_requests = 0;
    quint64 m_rateLimited = 0;
    quint64 m_failed = 0;
    quint64 m_dropped = 0;
    quint64 m_truncated = 0;
};
