#include "sync/FlatPageScanner.h"

#include <cstring>

namespace {

// Nesting the scanner follows in the envelope's other values before it declines.
constexpr int kMaxDepth = 32;

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool atEnd() const { return m_p == m_end; }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // Consumes `c` (after any space) if it comes next.
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    char peek()
    {
        skipSpace();
        return m_p == m_end ? '\0' : *m_p;
    }

    // A key: its raw bytes, which must need no decoding (no escape, ASCII only).
    bool key(QByteArrayView *out)
    {
        if (!take('"'))
            return false;
        const char *begin = m_p;
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *out = QByteArrayView(begin, m_p - begin);
                ++m_p;
                return take(':');
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        return false;
    }

    // A string value after its opening quote; `out` null: checked and skipped.
    bool string(QString *out)
    {
        const char *begin = m_p;
        bool escaped = false, wide = false;
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (++m_p == m_end)
                    return false;
            } else if (c >= 0x80) {
                wide = true;
            }
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        const char *end = m_p++;
        if (!escaped && !wide) {
            if (out)
                *out = QString::fromLatin1(begin, end - begin);
            return true;
        }
        if (!escaped) { // checked first, then Qt's own (vectorised) UTF-8 decoding
            if (!decode(begin, end, nullptr))
                return false;
            if (out)
                *out = QString::fromUtf8(begin, end - begin);
            return true;
        }
        QString decoded;
        if (!decode(begin, end, out ? &decoded : nullptr))
            return false;
        if (out)
            *out = std::move(decoded);
        return true;
    }

    // A number, checked against JSON's grammar; long or exponent forms are declined, as their
    // value QJsonDocument would keep is not this scanner's to judge.
    bool number()
    {
        const char *begin = m_p;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return false;
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            const char *digits = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == digits)
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E'))
            return false;
        return m_p - begin <= 15;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    // One scalar value into `v` (its text only when `keep`); a nested value is declined.
    bool scalar(FlatPageScanner::Value *v, bool keep)
    {
        using V = FlatPageScanner::Value;
        switch (peek()) {
        case '"':
            ++m_p;
            v->kind = V::String;
            return string(keep ? &v->text : nullptr);
        case 't':
            v->kind = V::True;
            return literal("true");
        case 'f':
            v->kind = V::False;
            return literal("false");
        case 'n':
            v->kind = V::Null;
            return literal("null");
        default:
            v->kind = V::Number;
            return number();
        }
    }

    // Any value, checked and skipped (the envelope's other members).
    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        const char c = peek();
        if (c == '{' || c == '[') {
            ++m_p;
            const char close = c == '{' ? '}' : ']';
            if (take(close))
                return true;
            do {
                if (c == '{') {
                    QByteArrayView ignored;
                    if (!key(&ignored))
                        return false;
                }
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(close);
        }
        FlatPageScanner::Value ignored;
        return scalar(&ignored, false);
    }

private:
    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static bool unicodeEscape(const char *&p, const char *end, char32_t *out)
    {
        if (end - p < 4)
            return false;
        char32_t u = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(p[i]);
            if (h < 0)
                return false;
            u = (u << 4) | char32_t(h);
        }
        p += 4;
        *out = u;
        return true;
    }

    // Code points QJsonDocument might not keep as they are: declined.
    static bool plain(char32_t u)
    {
        return !(u >= 0xd800 && u <= 0xdfff) && !(u >= 0xfdd0 && u <= 0xfdef) &&
               (u & 0xfffe) != 0xfffe && u <= 0x10ffff;
    }

    // One strict UTF-8 sequence starting at a byte >= 0x80.
    static bool utf8(const char *&p, const char *end, char32_t *out)
    {
        const auto byte = [](const char *q) { return static_cast<unsigned char>(*q); };
        const unsigned char lead = byte(p);
        int extra;
        char32_t u;
        unsigned char low = 0x80, high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            extra = 1;
            u = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            extra = 2;
            u = lead & 0x0f;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            extra = 3;
            u = lead & 0x07;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            const unsigned char c = byte(p + i);
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xbf))
                return false;
            u = (u << 6) | (c & 0x3f);
        }
        p += extra + 1;
        *out = u;
        return true;
    }

    // Decodes a string's bytes with escapes or non-ASCII text; `out` null: checks only.
    static bool decode(const char *p, const char *end, QString *out)
    {
        if (out)
            out->reserve(end - p);
        while (p != end) {
            const unsigned char c = static_cast<unsigned char>(*p);
            char32_t u;
            if (c == '\\') {
                ++p; // the scan made sure a character follows
                const char e = *p++;
                switch (e) {
                case '"':
                    u = '"';
                    break;
                case '\\':
                    u = '\\';
                    break;
                case '/':
                    u = '/';
                    break;
                case 'b':
                    u = '\b';
                    break;
                case 'f':
                    u = '\f';
                    break;
                case 'n':
                    u = '\n';
                    break;
                case 'r':
                    u = '\r';
                    break;
                case 't':
                    u = '\t';
                    break;
                case 'u':
                    if (!unicodeEscape(p, end, &u))
                        return false;
                    break;
                default:
                    return false;
                }
            } else if (c < 0x80) {
                u = c;
                ++p;
            } else if (!utf8(p, end, &u)) {
                return false;
            }
            if (!plain(u))
                return false;
            if (out)
                out->append(QChar::fromUcs4(u));
        }
        return true;
    }

    const char *m_p;
    const char *m_end;
};

// The index of `key` among `fields`, or -1.
qsizetype fieldIndex(const QList<QByteArrayView> &fields, QByteArrayView key)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i) == key)
            return i;
    }
    return -1;
}

bool scanRecords(Scanner &s, const QList<QByteArrayView> &fields,
                 const FlatPageScanner::RecordFunction &record)
{
    QList<FlatPageScanner::Value> values(fields.size());
    if (s.take(']'))
        return true;
    do {
        if (!s.take('{'))
            return false; // a record that is not an object: the general path sets it aside
        for (FlatPageScanner::Value &v : values) {
            v.kind = FlatPageScanner::Value::Absent;
            v.text = QString();
        }
        if (!s.take('}')) {
            do {
                QByteArrayView key;
                if (!s.key(&key))
                    return false;
                const qsizetype i = fieldIndex(fields, key);
                if (i < 0) {
                    FlatPageScanner::Value ignored;
                    if (!s.scalar(&ignored, false))
                        return false;
                    continue;
                }
                FlatPageScanner::Value &v = values[i];
                if (v.kind != FlatPageScanner::Value::Absent)
                    return false; // given twice
                if (!s.scalar(&v, true))
                    return false;
            } while (s.take(','));
            if (!s.take('}'))
                return false;
        }
        if (!record(values.data()))
            return false;
    } while (s.take(','));
    return s.take(']');
}

} // namespace

bool FlatPageScanner::scan(QByteArrayView page, const QList<QByteArrayView> &fields,
                           Envelope *envelope, const RecordFunction &record)
{
    Scanner s(page);
    *envelope = Envelope();
    if (!s.take('{'))
        return false;
    if (!s.take('}')) {
        do {
            QByteArrayView key;
            if (!s.key(&key))
                return false;
            Value *value = nullptr;
            if (key == "data") {
                if (envelope->data || !s.take('[') || !scanRecords(s, fields, record))
                    return false;
                envelope->data = true;
                continue;
            }
            if (key == "next_cursor")
                value = &envelope->nextCursor;
            else if (key == "sync_token")
                value = &envelope->syncToken;
            if (!value) {
                if (!s.skipValue(1))
                    return false;
            } else if (value->kind != Value::Absent || !s.scalar(value, true)) {
                return false;
            }
        } while (s.take(','));
        if (!s.take('}'))
            return false;
    }
    s.skipSpace();
    return s.atEnd();
}
