#pragma once

#include <QString>
#include <QUrl>

// The address a user types for their site, checked and turned into the API base URL.
// HTTPS is required, except plain http to a loopback address (the reference site, tests).
class SiteAddress
{
public:
    static bool parse(const QString &typed, SiteAddress *out, QString *error);

    QUrl siteUrl() const { return m_site; }
    QUrl apiBase() const; // <site>/api/yutang/v1
    QUrl endpoint(const QString &path) const;
    bool isLoopback() const;

private:
    QUrl m_site;
};
