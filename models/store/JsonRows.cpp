#include "store/JsonRows.h"

#include <algorithm>

void JsonRows::append(const QVariantList &row)
{
    m_text += m_rows == 0 ? QLatin1Char('[') : QLatin1Char(',');
    m_text += QLatin1Char('[');
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i)
            m_text += QLatin1Char(',');
        appendValue(m_text, row.at(i));
    }
    m_text += QLatin1Char(']');
    ++m_rows;
}

QString JsonRows::text() const
{
    return m_rows == 0 ? QStringLiteral("[]") : m_text + QLatin1Char(']');
}

void JsonRows::appendValue(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        out += QLatin1String("null");
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        out += v.toBool() ? QLatin1Char('1') : QLatin1Char('0');
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out += QString::number(v.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out += QString::number(v.toDouble(), 'g', 17);
        return;
    default:
        appendString(out, v.toString());
    }
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
