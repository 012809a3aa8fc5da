#include "JsonWriter.h"

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        const quint64 bit = quint64(1) << (m_depth - 1);
        if (m_first & bit)
            m_first &= ~bit;
        else
            m_out.append(',');
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    ++m_depth;
    m_first |= quint64(1) << (m_depth - 1);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    --m_depth;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    ++m_depth;
    m_first |= quint64(1) << (m_depth - 1);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    --m_depth;
}

void JsonWriter::key(QByteArrayView name)
{
    separate();
    m_out.append('"');
    appendEscaped(m_out, name);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::string(QByteArrayView utf8)
{
    separate();
    m_out.append('"');
    appendEscaped(m_out, utf8);
    m_out.append('"');
}

QByteArray &JsonWriter::beginString()
{
    separate();
    m_out.append('"');
    return m_out;
}

void JsonWriter::integer(qint64 value)
{
    separate();
    appendInt(m_out, value);
}

void JsonWriter::boolean(bool value)
{
    separate();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    const char *p = utf8.data();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, p - run);
}

void JsonWriter::appendInt(QByteArray &out, qint64 value)
{
    char buf[24];
    char *e = buf + sizeof buf;
    char *b = e;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--b = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        *--b = '-';
    out.append(b, e - b);
}
