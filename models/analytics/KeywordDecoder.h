#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

// Turns a raw query value into text: percent-decoding ('+' is a space), then the charset. A value
// encoded twice (Xiaohongshu: "%25E8%258C%25B6") is decoded again.
// Charset choice, first match wins: an explicit hint from the URL (Baidu's ie=, charset=...);
// valid UTF-8; the engine's own charset list (Matomo); GB18030, because a non-UTF-8 keyword
// reaching a Chinese shop is almost always GBK. GB2312 and GBK are decoded as GB18030, their
// superset, through ICU (QStringDecoder), so no extra package is needed.
class KeywordDecoder
{
public:
    static QByteArray percentDecode(QStringView raw);
    static QString decode(QStringView raw, QStringView charsetHint = {},
                          const QStringList &charsets = {});
    // Decodes bytes in the named charset; a null string when the name is unknown or the bytes
    // are not valid in it.
    static QString decodeBytes(const QByteArray &bytes, QStringView charset);
    static bool isUtf8Name(QStringView charset);
    static bool isGbName(QStringView charset);
};
