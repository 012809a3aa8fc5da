#include "ListingPager.h"

#include "CursorCodec.h"
#include "JsonWriter.h"
#include "PageCache.h"
#include "RecordNames.h"
#include "RecordRenderer.h"
#include "ShopData.h"

#include <algorithm>

namespace {

HttpReply badQuery(QByteArrayView param, QByteArrayView message)
{
    QByteArray details;
    JsonWriter w(details);
    w.beginObject();
    w.field("parameter", param);
    w.endObject();
    return HttpReply::error(400, "invalid_query", message, details);
}

HttpReply expired()
{
    return HttpReply::error(410, "sync_token_expired",
                            "The sync token has expired; start a full listing again.");
}

} // namespace

ListingPager::ListingPager(const ShopData &data, const RecordRenderer &renderer,
                           const CursorCodec &codec, PageCache &cache)
    : m_data(data), m_renderer(renderer), m_codec(codec), m_cache(cache)
{}

QByteArray ListingPager::renderRange(Collection c, int begin, int end) const
{
    const bool cacheable = ShopData::isImmutable(c);
    if (cacheable) {
        if (const QByteArray *hit = m_cache.find(c, begin, end))
            return *hit;
    }
    QByteArray out;
    out.reserve((end - begin) * (c == Collection::Sessions ? 420 : 130) + 16);
    JsonWriter w(out);
    w.beginArray();
    for (int i = begin; i < end; ++i)
        m_renderer.listingEntry(c, i, w);
    w.endArray();
    if (cacheable)
        m_cache.insert(c, begin, end, out);
    return out;
}

ListingPager::Page ListingPager::fullPage(Collection c, quint32 count, qint64 pos, int limit) const
{
    Page page;
    page.pos = pos;
    const int n = std::min<int>(int(count), m_data.count(c));
    int begin = int(pos + 1);
    if (ShopData::isImmutable(c)) {
        const int end = std::min(n, begin + limit);
        page.dataJson = renderRange(c, std::min(begin, end), end);
        page.pos = end - 1;
        page.more = end < n;
        return page;
    }
    QByteArray &out = page.dataJson;
    JsonWriter w(out);
    w.beginArray();
    int emitted = 0;
    int i = begin;
    for (; i < n && emitted < limit; ++i) {
        if (m_data.isDeleted(c, i))
            continue;
        m_renderer.listingEntry(c, i, w);
        ++emitted;
        page.pos = i;
    }
    w.endArray();
    while (i < n && m_data.isDeleted(c, i))
        ++i;
    page.more = i < n;
    return page;
}

ListingPager::Page ListingPager::incrementalPage(Collection c, quint32 afterSeq, int limit) const
{
    Page page;
    page.pos = afterSeq;
    if (ShopData::isImmutable(c)) {
        const int n = m_data.count(c);
        // Immutable collections are append-only, so index order is seq order.
        int lo = 0, hi = n;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (m_data.seqAt(c, mid) <= afterSeq)
                lo = mid + 1;
            else
                hi = mid;
        }
        const int end = std::min(n, lo + limit);
        page.dataJson = renderRange(c, lo, end);
        if (end > lo)
            page.pos = m_data.seqAt(c, end - 1);
        page.more = end < n;
        return page;
    }
    const ChangeLog &log = m_data.changeLog(c);
    auto it = std::upper_bound(
        log.begin(), log.end(), afterSeq,
        [](quint32 s, const std::pair<quint32, quint32> &e) { return s < e.first; });
    QByteArray &out = page.dataJson;
    JsonWriter w(out);
    w.beginArray();
    int emitted = 0;
    for (; it != log.end() && emitted < limit; ++it) {
        if (m_data.seqAt(c, int(it->second)) != it->first)
            continue; // stale: the record changed again later and appears further on
        m_renderer.listingEntry(c, int(it->second), w);
        ++emitted;
        page.pos = it->first;
    }
    w.endArray();
    while (it != log.end() && m_data.seqAt(c, int(it->second)) != it->first)
        ++it;
    page.more = it != log.end();
    return page;
}

HttpReply ListingPager::list(Collection c, const QUrlQuery &query) const
{
    int limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return badQuery("limit", "limit must be an integer from 1 to 1000.");
    }
    const QByteArray cursorText =
        query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toLatin1();
    const QByteArray tokenText =
        query.queryItemValue(QStringLiteral("sync_token"), QUrl::FullyDecoded).toLatin1();
    const bool hasToken = !tokenText.isEmpty(); // an empty parameter counts as absent

    ListingCursor cur;
    if (!cursorText.isEmpty()) {
        switch (m_codec.decodeCursor(cursorText, cur)) {
        case CursorCodec::Check::Invalid:
            return badQuery("cursor", "The cursor is not valid.");
        case CursorCodec::Check::Expired:
            return expired();
        case CursorCodec::Check::Ok:
            break;
        }
        if (cur.collection != c)
            return badQuery("cursor", "The cursor belongs to another collection.");
    } else if (hasToken) {
        quint32 seq = 0;
        switch (m_codec.decodeToken(tokenText, seq)) {
        case CursorCodec::Check::Invalid:
            return badQuery("sync_token", "The sync token is not valid.");
        case CursorCodec::Check::Expired:
            return expired();
        case CursorCodec::Check::Ok:
            break;
        }
        cur.kind = ListingCursor::Incremental;
        cur.collection = c;
        cur.epoch = m_codec.epoch();
        cur.base = seq;
        cur.pos = seq;
    } else {
        cur.kind = ListingCursor::Full;
        cur.collection = c;
        cur.epoch = m_codec.epoch();
        cur.base = m_data.currentSeq();
        cur.count = quint32(m_data.count(c));
        cur.pos = -1;
    }

    Page page;
    QByteArray token;
    if (cur.kind == ListingCursor::Full) {
        page = fullPage(c, cur.count, cur.pos, limit);
        if (!page.more)
            token = m_codec.encodeToken(cur.base);
    } else {
        page = incrementalPage(c, quint32(cur.pos), limit);
        if (!page.more)
            token = m_codec.encodeToken(m_data.currentSeq());
    }

    QByteArray body;
    body.reserve(page.dataJson.size() + 300);
    body.append("{\"data\":");
    body.append(page.dataJson);
    body.append(",\"next_cursor\":");
    if (page.more) {
        ListingCursor next = cur;
        next.pos = page.pos;
        body.append('"').append(m_codec.encodeCursor(next)).append('"');
    } else {
        body.append("null");
    }
    body.append(",\"sync_token\":");
    if (token.isEmpty())
        body.append("null");
    else
        body.append('"').append(token).append('"');
    body.append('}');
    return HttpReply::json(body);
}

HttpReply ListingPager::partitions(Collection c, const QUrlQuery &query) const
{
    bool ok = false;
    const int wanted = query.queryItemValue(QStringLiteral("count")).toInt(&ok);
    if (!ok || wanted < 1 || wanted > kMaxPartitions)
        return badQuery("count", "count must be an integer from 1 to 16.");
    const int n = m_data.count(c);
    const int parts = std::clamp(n / kMinPartitionRecords, 1, wanted);
    ListingCursor cur;
    cur.kind = ListingCursor::Full;
    cur.collection = c;
    cur.epoch = m_codec.epoch();
    cur.base = m_data.currentSeq();

    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("collection", RecordNames::collection(c));
    w.key("partitions");
    w.beginArray();
    // Big parts start on whole pages of the largest limit, so that they share rendered pages
    // (PageCache) with a listing in one chain.
    const int align = n / parts >= kMaxLimit ? kMaxLimit : 1;
    auto boundary = [&](int i) {
        return i == parts ? n : int(qint64(n) * i / parts) / align * align;
    };
    for (int i = 0; i < parts; ++i) {
        const int begin = boundary(i);
        const int end = boundary(i + 1);
        cur.pos = begin - 1;
        cur.count = quint32(end);
        w.beginObject();
        w.field("cursor", m_codec.encodeCursor(cur));
        w.fieldInt("records", end - begin);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return HttpReply::json(body);
}
