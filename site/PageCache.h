// Rendered JSON of runs of immutable records (sessions, events), keyed by collection and index
// range. Filled until the byte budget is reached, then kept as is: a sync scans sequentially, and
// keeping the first pages beats an LRU that a scan larger than the budget would flush entirely.
#pragma once

#include "ShopRecords.h"

#include <QByteArray>
#include <QHash>

class PageCache
{
public:
    explicit PageCache(qint64 budgetBytes) : m_budget(budgetBytes) {}

    const QByteArray *find(Collection c, int begin, int end);
    void insert(Collection c, int begin, int end, const QByteArray &json);

    qint64 bytes() const { return m_bytes; }
    qint64 entries() const { return m_pages.size(); }
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

private:
    static quint64 key(Collection c, int begin, int end)
    {
        return (quint64(c) << 58) | (quint64(quint32(begin)) << 29) | quint64(quint32(end));
    }

    qint64 m_budget;
    qint64 m_bytes = 0;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    QHash<quint64, QByteArray> m_pages;
};
