#pragma once

#include "analytics/ClassifierRule.h"
#include "analytics/TrafficSource.h"

#include <QList>
#include <QStringList>
#include <QStringView>

class ReferrerDatabase;
struct SearchEngineConfig;
class UrlView;

// Decides a session's traffic source from its landing URL, referrer and user agent.
// Precedence, first match wins:
//   1. the merchant's custom rules, in order;
//   2. UTM tags on the landing URL (paid_search when utm_medium is paid and utm_source a
//      search engine, otherwise campaign);
//   3. WeChat share markers: from=groupmessage / timeline / singlemessage;
//   4. ad click ids on the landing URL (bd_vid, gclid, msclkid...) → paid_search;
//   5. the referrer: the shop's own hosts → direct ("internal"); ad-click addresses of search
//      engines → paid_search; search engines (Matomo + ours) → search; WeChat articles,
//      socials and platforms; anything else → referral with the host as source;
//   6. in-app browsers recognised by the user agent (MicroMessenger → wechat_inapp...);
//   7. direct.
// Keywords, utm_source and utm_term are percent-decoded (UTF-8, or GBK and the engine's charsets
// when the bytes say so), trimmed and lower-cased, as Matomo does, so that counts group together.
// Cheap to copy; const use (classify) is thread-safe. Built-in data: ReferrerDatabase::builtIn().
class TrafficClassifier
{
public:
    TrafficClassifier();
    explicit TrafficClassifier(const QStringList &ownHosts,
                               const QList<ClassifierRule> &customRules = {});

    // The shop's own hosts ("shop.example.cn"); subdomains and "www." count as the same site.
    void setOwnHosts(const QStringList &hosts);
    QStringList ownHosts() const { return m_ownHosts; }
    // Invalid rules are ignored.
    void setCustomRules(const QList<ClassifierRule> &rules);
    QList<ClassifierRule> customRules() const { return m_rules; }

    // referrerUrl and userAgent may be empty (or null) when the site did not send them.
    TrafficSource classify(QStringView landingUrl, QStringView referrerUrl = {},
                           QStringView userAgent = {}) const;

private:
    struct PreparedRule
    {
        ClassifierRule rule;
        QString pattern;    // normalised: lower case, without "www." for hosts
        QString paramValue; // LandingParam: the "=value" part, if any
        QString description;
    };

    bool matchCustom(const PreparedRule &rule, const UrlView &landing, QStringView referrerHost,
                     const UrlView &referrer, QStringView userAgent, TrafficSource &out) const;
    bool matchUtm(const UrlView &landing, TrafficSource &out) const;
    bool matchWeChatShare(const UrlView &landing, TrafficSource &out) const;
    bool matchClickId(const UrlView &landing, TrafficSource &out) const;
    bool matchReferrer(const UrlView &referrer, QStringView host, TrafficSource &out) const;
    bool isOwnHost(QStringView host) const;
    static QString searchKeyword(const SearchEngineConfig &engine, const UrlView &referrer);
    static bool isHiddenKeywordPath(const SearchEngineConfig &engine, const UrlView &referrer);
    static QString genericKeyword(const UrlView &referrer);

    const ReferrerDatabase *m_db;
    QStringList m_ownHosts;
    QList<ClassifierRule> m_rules;
    QList<PreparedRule> m_prepared;
};
