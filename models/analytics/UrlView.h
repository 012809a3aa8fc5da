#pragma once

#include <QString>
#include <QStringView>

// A non-owning split of a URL into its parts. Parsing never allocates and never fails loudly:
// anything without a plausible host yields an invalid view. Used on millions of sessions, so it
// deliberately does not go through QUrl.
class UrlView
{
public:
    UrlView() = default;
    explicit UrlView(QStringView url);

    bool isValid() const { return !m_host.isEmpty(); }
    QStringView scheme() const { return m_scheme; }
    // Host as written (may contain upper case); without user info, port or trailing dot.
    QStringView host() const { return m_host; }
    QStringView path() const { return m_path; }
    QStringView query() const { return m_query; }
    QStringView fragment() const { return m_fragment; }
    // Everything after the host and port: path, query and fragment (what Matomo's regexes see).
    QStringView pathAndQuery() const { return m_rest; }

    // Raw (still percent-encoded) value of the first query item called name; a null view when
    // absent, an empty non-null view for "name" or "name=".
    QStringView queryValue(QStringView name) const { return queryValue(m_query, name); }
    // Like queryValue(), but also looks at a "?..." inside the fragment (single-page-app routes
    // such as "/#/p/12?utm_source=x").
    QStringView landingValue(QStringView name) const;

    static QStringView queryValue(QStringView query, QStringView name);
    // host in lower case; copies into storage only when host has upper-case letters.
    static QStringView lowerHost(QStringView host, QString &storage);
    // host without a leading "www.".
    static QStringView withoutWww(QStringView host);
    // True when host is domain or a subdomain of it (both lower case).
    static bool isSameOrSubdomain(QStringView host, QStringView domain);

private:
    QStringView m_scheme;
    QStringView m_host;
    QStringView m_path;
    QStringView m_query;
    QStringView m_fragment;
    QStringView m_rest;
};
