#include "store/JsonRows.h"

#include "store/SqlDialect.h"

#include <algorithm>

void JsonRows::append(const QVariantList &row)
{
    beginRow();
    for (const QVariant &v : row) {
        separate();
        appendValue(m_text, v);
    }
    endRow();
}

void JsonRows::beginRow()
{
    m_text += isEmpty() ? "[[" : ",[";
    startRow();
}

void JsonRows::add(const QString &text)
{
    separate();
    appendUtf8(m_text, text);
}

void JsonRows::addNull()
{
    separate();
    m_text += "null";
}

QString JsonRows::text() const
{
    return isEmpty() ? QStringLiteral("[]") : QString::fromUtf8(m_text) + QLatin1Char(']');
}

QVariant JsonRows::parameter(const SqlDialect &dialect) const
{
    if (dialect.kind() != SqlDialect::Kind::Sqlite)
        return text(); // QPSQL would send bytes as bytea
    return isEmpty() ? QByteArray("[]") : m_text + ']';
}

void JsonRows::add(qint64 number)
{
    separate();
    appendInteger(m_text, number);
}

// Each page's rows pass through here, a few million values per big sync: the common types are
// read in place rather than converted, and numbers are formatted without an allocation.
void JsonRows::appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "null";
        return;
    }
    const void *data = v.constData();
    switch (v.metaType().id()) {
    case QMetaType::QString:
        appendUtf8(out, *static_cast<const QString *>(data));
        return;
    case QMetaType::LongLong:
        appendInteger(out, *static_cast<const qlonglong *>(data));
        return;
    case QMetaType::Int:
        appendInteger(out, *static_cast<const int *>(data));
        return;
    case QMetaType::Bool:
        out += *static_cast<const bool *>(data) ? '1' : '0';
        return;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::Short:
        appendInteger(out, v.toLongLong());
        return;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    default:
        appendUtf8(out, v.toString());
    }
}

void JsonRows::appendUtf8(QByteArray &out, const QString &s)
{
    // Most texts are ASCII with nothing to escape (ids, URLs, timestamps): copied byte by byte
    // as they are checked; any other text is escaped and converted instead.
    const qsizetype at = out.size();
    out.resize(at + s.size() + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\') {
            out.truncate(at);
            QString escaped;
            appendString(escaped, s);
            out += escaped.toUtf8();
            return;
        }
        *p++ = char(u);
    }
    *p = '"';
}

void JsonRows::appendString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    const bool plain = std::none_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\';
    });
    if (plain) {
        out += s;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[u >> 4]);
            out += QLatin1Char(hex[u & 0xf]);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}
