#include "CursorCodec.h"

#include <QList>

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray pack(const QList<QByteArray> &parts)
{
    return parts.join('.').toBase64(kB64);
}

std::optional<QList<QByteArray>> unpack(const QByteArray &text, int expectedParts, char kind)
{
    if (text.isEmpty() || text.size() > 512)
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(text, kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != expectedParts || parts[0] != "yt1" || parts[1].size() != 1 ||
        parts[1][0] != kind)
        return std::nullopt;
    return parts;
}

bool toU32(const QByteArray &s, quint32 &out, int base = 10)
{
    bool ok = false;
    out = s.toUInt(&ok, base);
    return ok;
}

} // namespace

QByteArray CursorCodec::encodeToken(quint32 seq) const
{
    return pack({"yt1", "t", QByteArray::number(m_instance, 16), QByteArray::number(m_epoch),
                 QByteArray::number(seq)});
}

CursorCodec::Check CursorCodec::decodeToken(const QByteArray &token, quint32 &seq) const
{
    const auto parts = unpack(token, 5, 't');
    quint32 instance, epoch;
    if (!parts || !toU32((*parts)[2], instance, 16) || !toU32((*parts)[3], epoch) ||
        !toU32((*parts)[4], seq))
        return Check::Invalid;
    if (instance != m_instance || epoch != m_epoch)
        return Check::Expired;
    return Check::Ok;
}

QByteArray CursorCodec::encodeCursor(const ListingCursor &c) const
{
    return pack({"yt1", "c", QByteArray::number(m_instance, 16),
                 c.kind == ListingCursor::Full ? "f" : "i", QByteArray::number(int(c.collection)),
                 QByteArray::number(c.epoch), QByteArray::number(c.base),
                 QByteArray::number(c.count), QByteArray::number(c.pos)});
}

CursorCodec::Check CursorCodec::decodeCursor(const QByteArray &text, ListingCursor &c) const
{
    const auto parts = unpack(text, 9, 'c');
    if (!parts)
        return Check::Invalid;
    const auto &p = *parts;
    quint32 instance, coll;
    bool ok = false;
    if (!toU32(p[2], instance, 16) || (p[3] != "f" && p[3] != "i") || !toU32(p[4], coll) ||
        coll >= kCollectionCount || !toU32(p[5], c.epoch) || !toU32(p[6], c.base) ||
        !toU32(p[7], c.count))
        return Check::Invalid;
    c.pos = p[8].toLongLong(&ok);
    if (!ok || c.pos < -1)
        return Check::Invalid;
    c.kind = p[3] == "f" ? ListingCursor::Full : ListingCursor::Incremental;
    c.collection = Collection(coll);
    if (instance != m_instance)
        return Check::Expired;
    if (c.kind == ListingCursor::Incremental && c.epoch != m_epoch)
        return Check::Expired;
    return Check::Ok;
}
