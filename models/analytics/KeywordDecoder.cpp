#include "analytics/KeywordDecoder.h"

#include <QStringDecoder>

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// "%E8" and the like: a byte of a multi-byte character still percent-encoded after decoding.
// Xiaohongshu's search page encodes its keyword twice ("%25E8%258C%25B6" for 茶).
bool hasEncodedHighByte(const QByteArray &bytes)
{
    for (qsizetype i = 0; i + 2 < bytes.size(); ++i) {
        if (bytes[i] == '%' && hexValue(char16_t(bytes[i + 1])) >= 8 &&
            hexValue(char16_t(bytes[i + 2])) >= 0)
            return true;
    }
    return false;
}

QString decodeStrict(const QByteArray &bytes, QStringDecoder &&decoder)
{
    if (!decoder.isValid())
        return {};
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    return text;
}

QString finish(QString text)
{
    // Matomo lower-cases keywords so "iPhone" and "iphone" count together.
    return std::move(text).trimmed().toLower();
}

} // namespace

QByteArray KeywordDecoder::percentDecode(QStringView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char16_t c = raw[i].unicode();
        if (c == u'%' && i + 2 < raw.size() && hexValue(raw[i + 1].unicode()) >= 0 &&
            hexValue(raw[i + 2].unicode()) >= 0) {
            out.append(char(hexValue(raw[i + 1].unicode()) * 16 + hexValue(raw[i + 2].unicode())));
            i += 2;
        } else if (c == u'+') {
            out.append(' ');
        } else if (c < 0x80) {
            out.append(char(c));
        } else {
            // A literal non-ASCII character (an IRI): keep it as UTF-8, whole surrogate pairs.
            qsizetype n = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < raw.size() && raw[i + 1].isLowSurrogate())
                n = 2;
            out.append(raw.sliced(i, n).toUtf8());
            i += n - 1;
        }
    }
    return out;
}

bool KeywordDecoder::isUtf8Name(QStringView charset)
{
    return charset.compare(u"utf-8", Qt::CaseInsensitive) == 0 ||
           charset.compare(u"utf8", Qt::CaseInsensitive) == 0;
}

bool KeywordDecoder::isGbName(QStringView charset)
{
    for (QStringView gb : {u"gbk", u"gb2312", u"gb18030", u"cp936", u"gb_2312-80", u"euc-cn",
                           u"x-gbk", u"windows-936"}) {
        if (charset.compare(gb, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString KeywordDecoder::decodeBytes(const QByteArray &bytes, QStringView charset)
{
    if (isUtf8Name(charset))
        return decodeStrict(bytes,
                            QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless));
    if (isGbName(charset))
        return decodeStrict(bytes, QStringDecoder("GB18030", QStringDecoder::Flag::Stateless));
    const QByteArray name = charset.toLatin1();
    return decodeStrict(bytes, QStringDecoder(name.constData(), QStringDecoder::Flag::Stateless));
}

QString KeywordDecoder::decode(QStringView raw, QStringView charsetHint,
                               const QStringList &charsets)
{
    // Fast path: nothing encoded.
    if (!raw.contains(u'%') && !raw.contains(u'+'))
        return finish(raw.toString());

    const QByteArray bytes = percentDecode(raw);
    if (isAscii(bytes)) {
        const QString text = QString::fromLatin1(bytes);
        if (hasEncodedHighByte(bytes)) // encoded twice; each level is shorter, so this ends
            return decode(text, charsetHint, charsets);
        return finish(text);
    }
    if (!charsetHint.isEmpty()) {
        const QString hinted = decodeBytes(bytes, charsetHint);
        if (!hinted.isNull())
            return finish(hinted);
    }
    QString text =
        decodeStrict(bytes, QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless));
    if (!text.isNull())
        return finish(text);
    for (const QString &charset : charsets) {
        if (isUtf8Name(charset))
            continue;
        text = decodeBytes(bytes, charset);
        if (!text.isNull())
            return finish(text);
    }
    text = decodeBytes(bytes, u"gb18030");
    if (!text.isNull())
        return finish(text);
    return finish(QString::fromUtf8(bytes)); // lossy, with replacement characters
}
