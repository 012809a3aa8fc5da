// Opaque cursors and sync tokens. Both are base64url text the client must not interpret.
//
// A sync token carries the change sequence number at which it was issued, the server instance
// and a token epoch; bumping the epoch (admin expire-sync-tokens) or restarting a server whose
// data differs makes earlier tokens answer 410 sync_token_expired.
// A full-listing cursor carries the snapshot seq, the record count at the snapshot and the last
// index delivered; an incremental cursor carries the token's seq and the last seq delivered.
#pragma once

#include "ShopRecords.h"

#include <QByteArray>
#include <optional>

struct ListingCursor
{
    enum Kind : quint8 { Full, Incremental };
    Kind kind = Full;
    Collection collection = Collection::Products;
    quint32 epoch = 0;
    quint32 base = 0;  ///< Full: snapshot seq; Incremental: the sync token's seq
    quint32 count = 0; ///< Full: records at the snapshot
    qint64 pos = -1;   ///< Full: last index delivered; Incremental: last seq delivered
};

class CursorCodec
{
public:
    enum class Check { Ok, Invalid, Expired };

    explicit CursorCodec(quint32 instance) : m_instance(instance) {}

    quint32 epoch() const { return m_epoch; }
    void expireAll() { ++m_epoch; }

    QByteArray encodeToken(quint32 seq) const;
    Check decodeToken(const QByteArray &token, quint32 &seq) const;

    QByteArray encodeCursor(const ListingCursor &c) const;
    Check decodeCursor(const QByteArray &text, ListingCursor &c) const;

private:
    quint32 m_instance;
    quint32 m_epoch = 1;
};
