#include "analytics/UrlView.h"

namespace {

bool isSchemeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'+' || u == u'-' || u == u'.';
}

// Letters, digits, '-', '_', '.', and anything non-ASCII (internationalised names).
bool isHostChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'-' || u == u'_' || u == u'.' || u >= 0x80;
}

qsizetype indexOfAny(QStringView s, QStringView chars)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (chars.contains(s[i]))
            return i;
    }
    return -1;
}

} // namespace

UrlView::UrlView(QStringView url)
{
    url = url.trimmed();
    qsizetype pos = 0;
    const qsizetype sep = url.indexOf(u"://");
    if (sep > 0) {
        const QStringView scheme = url.first(sep);
        for (QChar c : scheme) {
            if (!isSchemeChar(c))
                return;
        }
        m_scheme = scheme;
        pos = sep + 3;
    } else if (url.startsWith(u"//")) {
        pos = 2;
    } else {
        // Without "//" a colon before the path means "mailto:", "javascript:" and the like,
        // which carry no host we could use; "www.x.com/p" still counts as a host.
        const qsizetype colon = url.indexOf(u':');
        qsizetype delim = indexOfAny(url, u"/?#");
        if (delim < 0)
            delim = url.size();
        if (sep == 0 || (colon >= 0 && colon < delim))
            return;
    }

    const QStringView afterScheme = url.sliced(pos);
    qsizetype end = indexOfAny(afterScheme, u"/?#");
    if (end < 0)
        end = afterScheme.size();
    QStringView authority = afterScheme.first(end);
    m_rest = afterScheme.sliced(end);

    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.sliced(at + 1);
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return;
        m_host = authority.sliced(1, close - 1);
    } else {
        const qsizetype colon = authority.indexOf(u':');
        QStringView host = colon >= 0 ? authority.first(colon) : authority;
        if (host.endsWith(u'.'))
            host.chop(1);
        for (QChar c : host) {
            if (!isHostChar(c))
                return;
        }
        if (host.startsWith(u'.'))
            return;
        m_host = host;
    }

    QStringView rest = m_rest;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        m_fragment = rest.sliced(hash + 1);
        rest = rest.first(hash);
    }
    const qsizetype question = rest.indexOf(u'?');
    if (question >= 0) {
        m_query = rest.sliced(question + 1);
        rest = rest.first(question);
    }
    m_path = rest;
}

QStringView UrlView::landingValue(QStringView name) const
{
    const QStringView v = queryValue(name);
    if (!v.isNull() || m_fragment.isEmpty())
        return v;
    const qsizetype question = m_fragment.indexOf(u'?');
    return question >= 0 ? queryValue(m_fragment.sliced(question + 1), name) : QStringView();
}

QStringView UrlView::queryValue(QStringView query, QStringView name)
{
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf(u'&', start);
        if (end < 0)
            end = query.size();
        const QStringView item = query.sliced(start, end - start);
        if (item.startsWith(name)) {
            if (item.size() == name.size())
                return item.sliced(item.size()); // present without a value
            if (item[name.size()] == u'=')
                return item.sliced(name.size() + 1);
        }
        start = end + 1;
    }
    return {};
}

QStringView UrlView::lowerHost(QStringView host, QString &storage)
{
    for (QChar c : host) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z') {
            storage = host.toString().toLower();
            return storage;
        }
    }
    return host;
}

QStringView UrlView::withoutWww(QStringView host)
{
    return host.startsWith(u"www.") ? host.sliced(4) : host;
}

bool UrlView::isSameOrSubdomain(QStringView host, QStringView domain)
{
    if (domain.isEmpty() || !host.endsWith(domain))
        return false;
    return host.size() == domain.size() || host[host.size() - domain.size() - 1] == u'.';
}
