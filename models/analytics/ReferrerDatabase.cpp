#include "analytics/ReferrerDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReferrers, "yutang.analytics.referrers")

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

// Matomo writes regexes as '/.../' (PHP preg syntax without flags); plain strings are literal.
bool isRegex(const QString &s)
{
    return s.size() > 2 && s.startsWith(u'/') && s.endsWith(u'/');
}

void splitPatterns(const QStringList &items, QStringList &plain, QList<QRegularExpression> &regexes,
                   const QString &engine, QStringList *errors)
{
    for (const QString &item : items) {
        if (!isRegex(item)) {
            plain.append(item);
            continue;
        }
        QRegularExpression re(item.mid(1, item.size() - 2));
        if (!re.isValid()) {
            if (errors)
                errors->append(QStringLiteral("%1: bad regex %2").arg(engine, item));
            continue;
        }
        re.optimize(); // compile now: matching later from several threads must not compile
        regexes.append(re);
    }
}

bool isCountryLabel(QStringView label)
{
    return label.size() == 2 && label[0].isLower() && label[1].isLower() &&
           label[0].unicode() < 0x80 && label[1].unicode() < 0x80;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReferrers) << "cannot open" << path;
        return {};
    }
    return file.readAll();
}

} // namespace

const ReferrerDatabase &ReferrerDatabase::builtIn()
{
    static const ReferrerDatabase db = [] {
        QStringList errors;
        ReferrerDatabase loaded =
            fromJson(readResource(QStringLiteral(":/referrers/matomo.json")),
                     readResource(QStringLiteral(":/referrers/yutang-additions.json")), &errors);
        for (const QString &error : std::as_const(errors))
            qCWarning(lcReferrers) << error;
        return loaded;
    }();
    return db;
}

ReferrerDatabase ReferrerDatabase::fromJson(const QByteArray &matomo, const QByteArray &additions,
                                            QStringList *errors)
{
    ReferrerDatabase db;
    QJsonParseError error;
    const QJsonObject matomoDoc = QJsonDocument::fromJson(matomo, &error).object();
    if (error.error != QJsonParseError::NoError && errors)
        errors->append(QStringLiteral("matomo.json: %1").arg(error.errorString()));
    const QJsonObject additionsDoc = QJsonDocument::fromJson(additions, &error).object();
    if (error.error != QJsonParseError::NoError && errors)
        errors->append(QStringLiteral("yutang-additions.json: %1").arg(error.errorString()));

    QHash<QString, QString> ids;
    const QJsonObject engineIds = additionsDoc.value(u"engineIds").toObject();
    for (auto it = engineIds.begin(); it != engineIds.end(); ++it)
        ids.insert(it.key(), it.value().toString());
    db.loadMatomo(matomoDoc, ids, errors);
    db.loadAdditions(additionsDoc, errors); // ours last: they override Matomo's hosts
    return db;
}

int ReferrerDatabase::addEngine(SearchEngineConfig engine)
{
    m_engines.append(std::move(engine));
    return int(m_engines.size() - 1);
}

void ReferrerDatabase::loadMatomo(const QJsonObject &doc, const QHash<QString, QString> &ids,
                                  QStringList *errors)
{
    const QJsonArray engines = doc.value(u"searchEngines").toArray();
    for (const QJsonValue &value : engines) {
        const QJsonObject engine = value.toObject();
        const QString name = engine.value(u"name").toString();
        const QString id = ids.value(name, idFromName(name));
        if (!m_names.contains(id))
            m_names.insert(id, name);
        for (const QJsonValue &configValue : engine.value(u"configs").toArray()) {
            const QJsonObject config = configValue.toObject();
            SearchEngineConfig e;
            e.id = id;
            e.name = name;
            e.rule = QStringLiteral("search engine \"%1\" (Matomo SearchEngines.yml)").arg(name);
            splitPatterns(stringList(config.value(u"params")), e.params, e.paramRegexes, name,
                          errors);
            splitPatterns(stringList(config.value(u"hiddenkeyword")), e.hiddenPaths,
                          e.hiddenRegexes, name, errors);
            e.charsets = stringList(config.value(u"charsets"));
            const int index = addEngine(std::move(e));
            for (const QString &url : stringList(config.value(u"urls"))) {
                const QString host = url.toLower();
                const qsizetype slash = host.indexOf(u'/');
                if (slash > 0)
                    m_hostsWithPaths.insert(host.first(slash));
                if (!m_engineByHost.contains(host)) // the first definition of a host wins
                    m_engineByHost.insert(host, index);
            }
        }
    }

    for (const QJsonValue &value : doc.value(u"socials").toArray()) {
        const QJsonObject social = value.toObject();
        const QString name = social.value(u"name").toString();
        const QString id = idFromName(name);
        if (!m_names.contains(id))
            m_names.insert(id, name);
        const SiteEntry site{
            QStringLiteral("social"), id,
            QStringLiteral("social network \"%1\" (Matomo Socials.yml)").arg(name)};
        for (const QString &url : stringList(social.value(u"urls")))
            m_sites.insert(url.toLower(), site);
    }
}

void ReferrerDatabase::loadAdditions(const QJsonObject &doc, QStringList *errors)
{
    for (const QJsonValue &value : doc.value(u"searchEngines").toArray()) {
        const QJsonObject engine = value.toObject();
        SearchEngineConfig e;
        e.id = engine.value(u"id").toString();
        e.name = engine.value(u"name").toString();
        e.rule = QStringLiteral("search engine \"%1\" (Yutang China rules)").arg(e.name);
        splitPatterns(stringList(engine.value(u"params")), e.params, e.paramRegexes, e.name,
                      errors);
        e.charsets = stringList(engine.value(u"charsets"));
        e.paidPaths = stringList(engine.value(u"paidPaths"));
        e.anyPathHidden = engine.value(u"anyPathHidden").toBool();
        m_names.insert(e.id, e.name);
        const int index = addEngine(std::move(e));
        for (const QString &url : stringList(engine.value(u"urls")))
            m_engineByHost.insert(url.toLower(), index);
        for (const QString &suffix : stringList(engine.value(u"suffixes")))
            m_engineBySuffix.insert(suffix.toLower(), index);
    }

    for (const QJsonValue &value : doc.value(u"sites").toArray()) {
        const QJsonObject site = value.toObject();
        const QString channel = site.value(u"channel").toString();
        const QString id = site.value(u"id").toString();
        if (site.contains(u"name"))
            m_names.insert(id, site.value(u"name").toString());
        for (const QString &suffix : stringList(site.value(u"suffixes"))) {
            m_sites.insert(
                suffix.toLower(),
                SiteEntry{channel, id,
                          QStringLiteral("%1 \"%2\": referrer on %3 (Yutang China rules)")
                              .arg(channel, id, suffix)});
        }
    }

    for (const QJsonValue &value : doc.value(u"userAgents").toArray()) {
        const QJsonObject ua = value.toObject();
        const QString token = ua.value(u"token").toString();
        if (token.isEmpty())
            continue;
        m_userAgents.append(UserAgentToken{
            token,
            SiteEntry{ua.value(u"channel").toString(), ua.value(u"id").toString(),
                      QStringLiteral("in-app browser: user agent contains \"%1\"").arg(token)}});
    }

    for (const QJsonValue &value : doc.value(u"clickIds").toArray()) {
        const QJsonObject click = value.toObject();
        const QString param = click.value(u"param").toString();
        m_clickIds.append(ClickIdRule{
            param, click.value(u"id").toString(),
            QStringLiteral("paid search: ad click id \"%1\" on the landing URL").arg(param)});
    }

    const QJsonObject utm = doc.value(u"utmSearchSources").toObject();
    for (auto it = utm.begin(); it != utm.end(); ++it)
        m_utmSearchSources.insert(it.key().toLower(), it.value().toString());
    for (const QString &medium : stringList(doc.value(u"paidMediums")))
        m_paidMediums.insert(medium.toLower());
}

int ReferrerDatabase::lookupEngine(QStringView host, QStringView path) const
{
    if (m_hostsWithPaths.contains(key(host))) {
        const QString hostPath = host.toString().append(path);
        if (const auto it = m_engineByHost.constFind(hostPath); it != m_engineByHost.cend())
            return *it;
    }
    if (const auto it = m_engineByHost.constFind(key(host)); it != m_engineByHost.cend())
        return *it;
    const QString lossy = lossyHost(host);
    if (lossy != host) {
        if (m_hostsWithPaths.contains(lossy)) {
            if (const auto it = m_engineByHost.constFind(QString(lossy).append(path));
                it != m_engineByHost.cend())
                return *it;
        }
        if (const auto it = m_engineByHost.constFind(lossy); it != m_engineByHost.cend())
            return *it;
    }
    for (QStringView h = host;;) {
        if (const auto it = m_engineBySuffix.constFind(key(h)); it != m_engineBySuffix.cend())
            return *it;
        const qsizetype dot = h.indexOf(u'.');
        if (dot < 0)
            return -1;
        h = h.sliced(dot + 1);
    }
}

const SearchEngineConfig *ReferrerDatabase::findEngine(QStringView host, QStringView path) const
{
    const int index = lookupEngine(host, path);
    return index >= 0 ? &m_engines.at(index) : nullptr;
}

const SearchEngineConfig *ReferrerDatabase::findPaidEngine(QStringView host, QStringView path) const
{
    for (QStringView h = host;;) {
        if (const auto it = m_engineBySuffix.constFind(key(h)); it != m_engineBySuffix.cend()) {
            const SearchEngineConfig &engine = m_engines.at(*it);
            for (const QString &prefix : engine.paidPaths) {
                if (path.startsWith(prefix))
                    return &engine;
            }
            return nullptr;
        }
        const qsizetype dot = h.indexOf(u'.');
        if (dot < 0)
            return nullptr;
        h = h.sliced(dot + 1);
    }
}

const SiteEntry *ReferrerDatabase::findSite(QStringView host) const
{
    for (QStringView h = host;;) {
        if (const auto it = m_sites.constFind(key(h)); it != m_sites.cend())
            return &*it;
        const qsizetype dot = h.indexOf(u'.');
        if (dot < 0)
            return nullptr;
        h = h.sliced(dot + 1);
    }
}

const SiteEntry *ReferrerDatabase::findUserAgent(QStringView userAgent) const
{
    for (const UserAgentToken &ua : m_userAgents) {
        if (userAgent.contains(ua.token))
            return &ua.site;
    }
    return nullptr;
}

QString ReferrerDatabase::engineIdForUtmSource(QStringView utmSource) const
{
    if (const auto it = m_utmSearchSources.constFind(key(utmSource));
        it != m_utmSearchSources.cend())
        return *it;
    if (!utmSource.contains(u'.'))
        return {};
    // A host such as "www.baidu.com": accept it when it belongs to one of the listed engines.
    const SearchEngineConfig *engine = findEngine(utmSource, {});
    if (engine && m_utmSearchSources.values().contains(engine->id))
        return engine->id;
    return {};
}

bool ReferrerDatabase::isPaidMedium(QStringView utmMedium) const
{
    return m_paidMediums.contains(key(utmMedium));
}

QString ReferrerDatabase::lossyHost(QStringView host)
{
    QStringView h = host;
    // 1. ^(w+[0-9]*|search)\.
    if (h.startsWith(u"search.")) {
        h = h.sliced(7);
    } else {
        qsizetype i = 0;
        while (i < h.size() && h[i] == u'w')
            ++i;
        if (i > 0) {
            while (i < h.size() && h[i].isDigit())
                ++i;
            if (i < h.size() && h[i] == u'.')
                h = h.sliced(i + 1);
        }
    }
    QList<QStringView> labels = h.split(u'.');
    // 2. (^|\.)m\.  → drop "m" labels that are not last
    for (qsizetype i = 0; i + 1 < labels.size();) {
        if (labels[i] == u"m")
            labels.removeAt(i);
        else
            ++i;
    }
    // 3. (\.(com|org|net|co|it|edu))?\.<country>$ → .{}
    static constexpr QStringView braces = u"{}";
    if (labels.size() >= 2 && isCountryLabel(labels.last())) {
        labels.last() = braces;
        const qsizetype prev = labels.size() - 2;
        if (prev >= 1) {
            for (QStringView generic : {u"com", u"org", u"net", u"co", u"it", u"edu"}) {
                if (labels[prev] == generic) {
                    labels.removeAt(prev);
                    break;
                }
            }
        }
    }
    // 4. (^|\.)<country>\. → {}.
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        if (isCountryLabel(labels[i]))
            labels[i] = braces;
    }
    QString out;
    out.reserve(host.size() + 2);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            out.append(u'.');
        out.append(labels[i]);
    }
    return out;
}

QString ReferrerDatabase::idFromName(QStringView name)
{
    QString id;
    id.reserve(name.size());
    bool pendingSeparator = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (pendingSeparator && !id.isEmpty())
                id.append(u'_');
            pendingSeparator = false;
            id.append(c.toLower());
        } else {
            pendingSeparator = true;
        }
    }
    return id;
}
