// GET /<collection>: full listings and incremental sync, paged with opaque cursors.
//
// Full listing: records in index order up to the record count at the snapshot (the first page);
// changes made meanwhile may show a record twice across the listing and the next incremental
// sync, never miss one. The last page carries the sync token of the snapshot seq.
// Incremental: records whose last change seq is above the token, in seq order; a record that
// changes again during paging moves behind the cursor and is delivered again. The last page
// carries a token of the current seq.
#pragma once

#include "HttpReply.h"
#include "ShopRecords.h"

#include <QUrlQuery>

class CursorCodec;
class PageCache;
class RecordRenderer;
class ShopData;

class ListingPager
{
public:
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;
    static constexpr int kMaxPartitions = 16;
    static constexpr int kMinPartitionRecords = 200; // one default page: smaller parts save nothing

    ListingPager(const ShopData &data, const RecordRenderer &renderer, const CursorCodec &codec,
                 PageCache &cache);

    HttpReply list(Collection c, const QUrlQuery &query) const;
    // GET /partitions/<collection>?count=N: a full listing split into up to N parts of whole
    // index ranges, each a full-listing cursor whose record count is its range's end, so its
    // chain ends where the next part begins. All parts share one snapshot and sync token.
    HttpReply partitions(Collection c, const QUrlQuery &query) const;

private:
    struct Page
    {
        QByteArray dataJson; ///< "[...]"
        bool more = false;
        qint64 pos = -1;
    };
    Page fullPage(Collection c, quint32 count, qint64 pos, int limit) const;
    Page incrementalPage(Collection c, quint32 afterSeq, int limit) const;
    QByteArray renderRange(Collection c, int begin, int end) const;

    const ShopData &m_data;
    const RecordRenderer &m_renderer;
    const CursorCodec &m_codec;
    PageCache &m_cache;
};
