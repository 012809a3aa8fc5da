#include "store/CopyRows.h"

void CopyRows::add(const QString &text)
{
    separate();
    // Most texts are ASCII with nothing to escape (ids, URLs, timestamps): copied byte by byte as
    // they are checked; any other text is converted, then escaped.
    const qsizetype at = m_data.size();
    m_data.resize(at + text.size());
    char *p = m_data.data() + at;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == u'\\' || u == u'\t' || u == u'\n' || u == u'\r') {
            m_data.truncate(at);
            const QByteArray utf8 = text.toUtf8();
            m_data.reserve(at + utf8.size() + 8);
            for (const char b : utf8) {
                switch (b) {
                case '\\':
                    m_data += "\\\\";
                    break;
                case '\t':
                    m_data += "\\t";
                    break;
                case '\n':
                    m_data += "\\n";
                    break;
                case '\r':
                    m_data += "\\r";
                    break;
                default:
                    m_data += b;
                }
            }
            return;
        }
        *p++ = char(u);
    }
}

void CopyRows::add(qint64 number)
{
    separate();
    appendInteger(m_data, number);
}

void CopyRows::addNull()
{
    separate();
    m_data += "\\N";
}
