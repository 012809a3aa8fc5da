#include "PageCache.h"

const QByteArray *PageCache::find(Collection c, int begin, int end)
{
    const auto it = m_pages.constFind(key(c, begin, end));
    if (it == m_pages.cend()) {
        ++m_misses;
        return nullptr;
    }
    ++m_hits;
    return &*it;
}

void PageCache::insert(Collection c, int begin, int end, const QByteArray &json)
{
    if (m_bytes + json.size() > m_budget)
        return;
    m_bytes += json.size();
    m_pages.insert(key(c, begin, end), json);
}
