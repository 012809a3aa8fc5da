#include "sync/SiteAddress.h"

#include <QCoreApplication>
#include <QHostAddress>

bool SiteAddress::parse(const QString &typed, SiteAddress *out, QString *error)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("SiteAddress", s); };
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        *error = tr("No site address given.");
        return false;
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a valid site address.").arg(typed);
        return false;
    }
    const QString scheme = url.scheme().toLower();
    SiteAddress addr;
    addr.m_site = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = tr("The site address must start with https:// (got %1://).").arg(url.scheme());
        return false;
    }
    if (scheme == QLatin1String("http") && !addr.isLoopback()) {
        *error = tr("Plain http is only allowed to this computer (loopback); use https:// for %1.")
                     .arg(url.host());
        return false;
    }
    *out = addr;
    return true;
}

bool SiteAddress::isLoopback() const
{
    const QString host = m_site.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl SiteAddress::apiBase() const
{
    QUrl url = m_site;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/yutang/v1"));
    return url;
}

QUrl SiteAddress::endpoint(const QString &path) const
{
    QUrl url = apiBase();
    url.setPath(url.path() + QLatin1Char('/') + path);
    return url;
}
