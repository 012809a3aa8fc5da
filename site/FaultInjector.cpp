#include "FaultInjector.h"

#include "JsonWriter.h"

#include <QJsonObject>

void FaultInjector::reconfigure(const QJsonObject &c)
{
    m_config.failRate = c.value(u"fail_rate").toDouble(m_config.failRate);
    m_config.rateLimitEvery = c.value(u"rate_limit_every").toInt(m_config.rateLimitEvery);
    m_config.truncateRate = c.value(u"truncate_rate").toDouble(m_config.truncateRate);
    m_config.dropRate = c.value(u"drop_rate").toDouble(m_config.dropRate);
    m_config.latencyMs = c.value(u"latency_ms").toInt(m_config.latencyMs);
    if (c.contains(u"fault_seed")) {
        m_config.seed = quint64(c.value(u"fault_seed").toDouble());
        m_rng = Rng(m_config.seed);
    }
}

bool FaultInjector::rateLimit()
{
    ++m_requests;
    if (m_config.rateLimitEvery > 0 && m_requests % quint64(m_config.rateLimitEvery) == 0) {
        ++m_rateLimited;
        return true;
    }
    return false;
}

bool FaultInjector::fail(bool isListing)
{
    if (isListing && m_config.failRate > 0 && m_rng.chance(m_config.failRate)) {
        ++m_failed;
        return true;
    }
    return false;
}

bool FaultInjector::drop()
{
    if (m_config.dropRate > 0 && m_rng.chance(m_config.dropRate)) {
        ++m_dropped;
        return true;
    }
    return false;
}

FaultInjector::Truncation FaultInjector::truncate()
{
    if (m_config.truncateRate > 0 && m_rng.chance(m_config.truncateRate)) {
        ++m_truncated;
        return m_rng.chance(0.5) ? Truncation::ShortBodyFullLength
                                 : Truncation::ShortBodyShortLength;
    }
    return Truncation::None;
}

void FaultInjector::writeStats(JsonWriter &w) const
{
    w.beginObject();
    w.key("config");
    w.beginObject();
    w.key("fail_rate");
    w.raw(QByteArray::number(m_config.failRate));
    w.fieldInt("rate_limit_every", m_config.rateLimitEvery);
    w.key("truncate_rate");
    w.raw(QByteArray::number(m_config.truncateRate));
    w.key("drop_rate");
    w.raw(QByteArray::number(m_config.dropRate));
    w.fieldInt("latency_ms", m_config.latencyMs);
    w.endObject();
    w.fieldInt("requests", qint64(m_requests));
    w.fieldInt("rate_limited", qint64(m_rateLimited));
    w.fieldInt("failed", qint64(m_failed));
    w.fieldInt("dropped", qint64(m_dropped));
    w.fieldInt("truncated", qint64(m_truncated));
    w.endObject();
}
