#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

class QJsonObject;

// One search-engine configuration block: Matomo's SearchEngines.yml entry or one of ours.
struct SearchEngineConfig
{
    QString id;   // stable lower-case source id: "baidu", "360", "google", "duckduckgo"...
    QString name; // display name as written in the data
    QString rule; // what TrafficSource::rule says when this block matched
    QStringList params;
    QList<QRegularExpression> paramRegexes;
    QStringList hiddenPaths;
    QList<QRegularExpression> hiddenRegexes;
    QStringList charsets;
    QStringList paidPaths;      // path prefixes of ad clicks (ours)
    bool anyPathHidden = false; // a referrer without keyword still counts as search (ours)
};

// A host (and its subdomains) that means a channel and source: socials, platforms, WeChat.
struct SiteEntry
{
    QString channel;
    QString id;
    QString rule;
};

struct UserAgentToken
{
    QString token;
    SiteEntry site;
};

struct ClickIdRule
{
    QString param;
    QString engineId;
    QString rule;
};

// The built-in referrer data: Matomo's lists (resources/referrers/matomo.json, converted from
// the CC0 YAML) with Yutang's China additions (yutang-additions.json) layered on top. Immutable
// after loading, so const use from many threads is safe.
class ReferrerDatabase
{
public:
    // The data compiled into the models library, loaded once on first use.
    static const ReferrerDatabase &builtIn();
    // Builds a database from the two JSON documents; errors (if any) are appended to errors.
    static ReferrerDatabase fromJson(const QByteArray &matomo, const QByteArray &additions,
                                     QStringList *errors = nullptr);

    // Search engine for a lower-case host and the referrer's path: exact host (plus host/path),
    // then Matomo's lossy host pattern ("google.{}", "{}.bing.com"), then our domain suffixes.
    const SearchEngineConfig *findEngine(QStringView host, QStringView path) const;
    // Our engine whose ad-click path (e.g. baidu.com/baidu.php) the referrer is on, if any.
    const SearchEngineConfig *findPaidEngine(QStringView host, QStringView path) const;
    // Site for a lower-case host or any parent domain of it.
    const SiteEntry *findSite(QStringView host) const;
    const SiteEntry *findUserAgent(QStringView userAgent) const;
    const QList<ClickIdRule> &clickIds() const { return m_clickIds; }
    // Engine id for a utm_source value ("baidu", "so.com", "百度"); empty when not an engine.
    QString engineIdForUtmSource(QStringView utmSource) const;
    bool isPaidMedium(QStringView utmMedium) const;
    // Display name from the data ("DuckDuckGo"), or an empty string for unknown ids.
    QString displayName(QStringView id) const { return m_names.value(key(id)); }
    qsizetype engineCount() const { return m_engines.size(); }

    // Matomo's getLossyUrl(): "www.google.co.uk" → "google.{}", "de.bing.com" → "{}.bing.com".
    static QString lossyHost(QStringView host);
    // Stable id for a Matomo name without an explicit one: "Yahoo! Japan" → "yahoo_japan".
    static QString idFromName(QStringView name);

private:
    static QString key(QStringView s) { return QString::fromRawData(s.data(), s.size()); }
    void loadMatomo(const QJsonObject &doc, const QHash<QString, QString> &ids,
                    QStringList *errors);
    void loadAdditions(const QJsonObject &doc, QStringList *errors);
    int addEngine(SearchEngineConfig engine);
    int lookupEngine(QStringView host, QStringView path) const;

    QList<SearchEngineConfig> m_engines;
    QHash<QString, int> m_engineByHost;   // exact hosts, "host/path" and lossy patterns
    QHash<QString, int> m_engineBySuffix; // our domains, matching subdomains too
    QSet<QString> m_hostsWithPaths;       // hosts that have "host/path" entries
    QHash<QString, SiteEntry> m_sites;
    QList<UserAgentToken> m_userAgents;
    QList<ClickIdRule> m_clickIds;
    QHash<QString, QString> m_utmSearchSources;
    QSet<QString> m_paidMediums;
    QHash<QString, QString> m_names;
};
