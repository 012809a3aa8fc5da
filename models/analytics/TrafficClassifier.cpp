#include "analytics/TrafficClassifier.h"

#include "analytics/KeywordDecoder.h"
#include "analytics/ReferrerDatabase.h"
#include "analytics/UrlView.h"
#include "core/RegexMatch.h"

namespace {

// Where engines say which charset the keyword is in; "ie" is Baidu's and Google's input charset.
constexpr QStringView charsetParams[] = {
    u"ie", u"inputEncoding", u"input_encoding", u"charset", u"encoding", u"enc", u"oe"};

QStringView charsetHint(const UrlView &url)
{
    for (QStringView param : charsetParams) {
        const QStringView value = url.queryValue(param);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString decodeParam(QStringView raw)
{
    return KeywordDecoder::decode(raw);
}

TrafficSource make(QString channel, QString source, QString keyword, QString rule)
{
    return TrafficSource{std::move(channel), std::move(source), std::move(keyword),
                         std::move(rule)};
}

} // namespace

TrafficClassifier::TrafficClassifier() : m_db(&ReferrerDatabase::builtIn())
{}

TrafficClassifier::TrafficClassifier(const QStringList &ownHosts,
                                     const QList<ClassifierRule> &customRules)
    : TrafficClassifier()
{
    setOwnHosts(ownHosts);
    setCustomRules(customRules);
}

void TrafficClassifier::setOwnHosts(const QStringList &hosts)
{
    m_ownHosts.clear();
    for (const QString &entry : hosts) {
        // Accept "https://Shop.example.cn/" as well as "shop.example.cn".
        const UrlView url(entry);
        const QString host = UrlView::withoutWww(url.host()).toString().toLower();
        if (!host.isEmpty() && !m_ownHosts.contains(host))
            m_ownHosts.append(host);
    }
}

void TrafficClassifier::setCustomRules(const QList<ClassifierRule> &rules)
{
    m_rules = rules;
    m_prepared.clear();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ClassifierRule &rule = rules.at(i);
        if (!rule.isValid())
            continue;
        PreparedRule prepared{rule, rule.pattern.trimmed(), {}, {}};
        switch (rule.match) {
        case ClassifierRule::Match::Host:
        case ClassifierRule::Match::HostSuffix:
            prepared.pattern = UrlView::withoutWww(prepared.pattern.toLower()).toString();
            break;
        case ClassifierRule::Match::UtmSource:
            prepared.pattern = prepared.pattern.toLower();
            break;
        case ClassifierRule::Match::LandingParam:
            if (const qsizetype eq = prepared.pattern.indexOf(u'='); eq >= 0) {
                prepared.paramValue = prepared.pattern.sliced(eq + 1);
                prepared.pattern.truncate(eq);
            }
            break;
        case ClassifierRule::Match::UserAgent:
            break;
        }
        prepared.description = QStringLiteral("custom rule %1: %2").arg(i + 1).arg(rule.describe());
        m_prepared.append(std::move(prepared));
    }
}

TrafficSource TrafficClassifier::classify(QStringView landingUrl, QStringView referrerUrl,
                                          QStringView userAgent) const
{
    const UrlView landing(landingUrl);
    const UrlView referrer(referrerUrl);
    QString hostStorage;
    const QStringView host = UrlView::lowerHost(referrer.host(), hostStorage);

    TrafficSource out;
    for (const PreparedRule &rule : m_prepared) {
        if (matchCustom(rule, landing, host, referrer, userAgent, out))
            return out;
    }
    if (matchUtm(landing, out) || matchWeChatShare(landing, out) || matchClickId(landing, out))
        return out;
    if (referrer.isValid() && matchReferrer(referrer, host, out))
        return out;
    if (const SiteEntry *app = m_db->findUserAgent(userAgent))
        return make(app->channel, app->id, {}, app->rule);
    return make(TrafficChannel::direct(), TrafficChannel::direct(), {},
                QStringLiteral("direct: no referrer, campaign tag or in-app browser"));
}

bool TrafficClassifier::matchCustom(const PreparedRule &prepared, const UrlView &landing,
                                    QStringView referrerHost, const UrlView &referrer,
                                    QStringView userAgent, TrafficSource &out) const
{
    const ClassifierRule &rule = prepared.rule;
    QString fallbackSource;
    switch (rule.match) {
    case ClassifierRule::Match::Host:
    case ClassifierRule::Match::HostSuffix: {
        const QStringView host = UrlView::withoutWww(referrerHost);
        const bool hit = rule.match == ClassifierRule::Match::Host
                             ? host == prepared.pattern
                             : UrlView::isSameOrSubdomain(host, prepared.pattern);
        if (!hit)
            return false;
        fallbackSource = host.toString();
        break;
    }
    case ClassifierRule::Match::UtmSource: {
        const QStringView raw = landing.landingValue(u"utm_source");
        if (raw.isEmpty())
            return false;
        fallbackSource = decodeParam(raw);
        if (fallbackSource != prepared.pattern)
            return false;
        break;
    }
    case ClassifierRule::Match::LandingParam: {
        const QStringView raw = landing.landingValue(prepared.pattern);
        if (raw.isNull())
            return false;
        fallbackSource = decodeParam(raw);
        if (!prepared.paramValue.isEmpty() &&
            fallbackSource.compare(prepared.paramValue, Qt::CaseInsensitive) != 0)
            return false;
        if (fallbackSource.isEmpty())
            fallbackSource = prepared.pattern.toLower();
        break;
    }
    case ClassifierRule::Match::UserAgent:
        if (!userAgent.contains(prepared.pattern))
            return false;
        fallbackSource = prepared.pattern.toLower();
        break;
    }

    QString keyword = decodeParam(landing.landingValue(u"utm_term"));
    if (keyword.isEmpty() &&
        (rule.channel == TrafficChannel::search() || rule.channel == TrafficChannel::paidSearch()))
        keyword = genericKeyword(referrer);
    out = make(rule.channel, rule.source.isEmpty() ? fallbackSource : rule.source,
               std::move(keyword), prepared.description);
    return true;
}

bool TrafficClassifier::matchUtm(const UrlView &landing, TrafficSource &out) const
{
    const QStringView rawSource = landing.landingValue(u"utm_source");
    const QStringView rawCampaign = landing.landingValue(u"utm_campaign");
    if (rawSource.isEmpty() && rawCampaign.isEmpty())
        return false;
    QString source = decodeParam(rawSource);
    QString term = decodeParam(landing.landingValue(u"utm_term"));
    const QString medium = decodeParam(landing.landingValue(u"utm_medium"));
    if (!source.isEmpty() && m_db->isPaidMedium(medium)) {
        const QString engine = m_db->engineIdForUtmSource(source);
        if (!engine.isEmpty()) {
            out = make(TrafficChannel::paidSearch(), engine, std::move(term),
                       QStringLiteral("UTM: paid utm_medium with a search engine as utm_source"));
            return true;
        }
    }
    if (source.isEmpty())
        source = QStringLiteral("(not set)"); // tagged with a campaign but no source, as GA does
    out = make(TrafficChannel::campaign(), std::move(source), std::move(term),
               QStringLiteral("UTM: utm_source on the landing URL overrides the referrer"));
    return true;
}

bool TrafficClassifier::matchWeChatShare(const UrlView &landing, TrafficSource &out) const
{
    const QStringView from = landing.landingValue(u"from");
    if (from.isEmpty())
        return false;
    if (from == u"groupmessage") {
        out = make(TrafficChannel::wechat(), QStringLiteral("wechat_group"), {},
                   QStringLiteral("WeChat share: from=groupmessage on the landing URL"));
    } else if (from == u"timeline") {
        out = make(TrafficChannel::wechat(), QStringLiteral("wechat_moments"), {},
                   QStringLiteral("WeChat share: from=timeline on the landing URL"));
    } else if (from == u"singlemessage") {
        out = make(TrafficChannel::wechat(), QStringLiteral("wechat_chat"), {},
                   QStringLiteral("WeChat share: from=singlemessage on the landing URL"));
    } else {
        return false;
    }
    return true;
}

bool TrafficClassifier::matchClickId(const UrlView &landing, TrafficSource &out) const
{
    if (landing.query().isEmpty() && landing.fragment().isEmpty())
        return false;
    for (const ClickIdRule &click : m_db->clickIds()) {
        if (!landing.landingValue(click.param).isEmpty()) {
            out = make(TrafficChannel::paidSearch(), click.engineId, {}, click.rule);
            return true;
        }
    }
    return false;
}

bool TrafficClassifier::matchReferrer(const UrlView &referrer, QStringView host,
                                      TrafficSource &out) const
{
    if (isOwnHost(host)) {
        out = make(TrafficChannel::direct(), TrafficChannel::direct(), {},
                   QStringLiteral("internal: the referrer is the shop's own site"));
        return true;
    }
    if (const SearchEngineConfig *paid = m_db->findPaidEngine(host, referrer.path())) {
        out = make(TrafficChannel::paidSearch(), paid->id, searchKeyword(*paid, referrer),
                   QStringLiteral("paid search: the referrer is an ad-click address of \"%1\"")
                       .arg(paid->name));
        return true;
    }
    if (const SearchEngineConfig *engine = m_db->findEngine(host, referrer.path())) {
        QString keyword = searchKeyword(*engine, referrer);
        // Like Matomo: without a keyword only the engine's known keyword-less paths count.
        if (!keyword.isEmpty() || isHiddenKeywordPath(*engine, referrer)) {
            out = make(TrafficChannel::search(), engine->id, std::move(keyword), engine->rule);
            return true;
        }
    }
    if (const SiteEntry *site = m_db->findSite(host)) {
        out = make(site->channel, site->id, {}, site->rule);
        return true;
    }
    out = make(TrafficChannel::referral(), UrlView::withoutWww(host).toString(), {},
               QStringLiteral("referral: the referrer's host matches no other rule"));
    return true;
}

bool TrafficClassifier::isOwnHost(QStringView host) const
{
    const QStringView bare = UrlView::withoutWww(host);
    for (const QString &own : m_ownHosts) {
        if (UrlView::isSameOrSubdomain(bare, own))
            return true;
    }
    return false;
}

QString TrafficClassifier::searchKeyword(const SearchEngineConfig &engine, const UrlView &referrer)
{
    for (const QString &param : engine.params) {
        const QStringView raw = referrer.queryValue(param);
        if (raw.isEmpty())
            continue;
        QString keyword = KeywordDecoder::decode(raw, charsetHint(referrer), engine.charsets);
        if (!keyword.isEmpty())
            return keyword;
    }
    for (const QRegularExpression &re : engine.paramRegexes) {
        const QRegularExpressionMatch match = matchView(re, referrer.pathAndQuery());
        if (!match.hasMatch())
            continue;
        QString keyword =
            KeywordDecoder::decode(match.capturedView(1), charsetHint(referrer), engine.charsets);
        if (!keyword.isEmpty())
            return keyword;
    }
    return {};
}

bool TrafficClassifier::isHiddenKeywordPath(const SearchEngineConfig &engine,
                                            const UrlView &referrer)
{
    if (engine.anyPathHidden)
        return true;
    const QStringView rest = referrer.pathAndQuery();
    for (const QString &path : engine.hiddenPaths) {
        if (rest == path)
            return true;
    }
    for (const QRegularExpression &re : engine.hiddenRegexes) {
        if (matchView(re, rest).hasMatch())
            return true;
    }
    return false;
}

QString TrafficClassifier::genericKeyword(const UrlView &referrer)
{
    for (QStringView param : {u"q", u"wd", u"word", u"query", u"keyword", u"kw", u"text"}) {
        const QStringView raw = referrer.queryValue(param);
        if (!raw.isEmpty())
            return KeywordDecoder::decode(raw, charsetHint(referrer));
    }
    return {};
}
