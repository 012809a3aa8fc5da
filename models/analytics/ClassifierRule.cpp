#include "analytics/ClassifierRule.h"

#include "analytics/TrafficSource.h"

namespace {

struct MatchName
{
    ClassifierRule::Match match;
    const char16_t *name;
};

constexpr MatchName matchNames[] = {
    {ClassifierRule::Match::Host, u"host"},
    {ClassifierRule::Match::HostSuffix, u"host_suffix"},
    {ClassifierRule::Match::UtmSource, u"utm_source"},
    {ClassifierRule::Match::LandingParam, u"landing_param"},
    {ClassifierRule::Match::UserAgent, u"user_agent"},
};

} // namespace

bool ClassifierRule::isValid() const
{
    return !pattern.trimmed().isEmpty() && TrafficSource::isChannel(channel);
}

QString ClassifierRule::describe() const
{
    return QStringLiteral("%1 %2 → %3/%4")
        .arg(matchName(match), pattern, channel, source.isEmpty() ? QStringLiteral("*") : source);
}

QJsonObject ClassifierRule::toJson() const
{
    return QJsonObject{{QStringLiteral("match"), matchName(match)},
                       {QStringLiteral("pattern"), pattern},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("source"), source}};
}

std::optional<ClassifierRule> ClassifierRule::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ClassifierRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString matchText = object.value(u"match").toString();
    const std::optional<Match> match = matchFromName(matchText);
    if (!match)
        return fail(QStringLiteral("unknown match kind \"%1\"").arg(matchText));
    ClassifierRule rule;
    rule.match = *match;
    rule.pattern = object.value(u"pattern").toString().trimmed();
    rule.channel = object.value(u"channel").toString();
    rule.source = object.value(u"source").toString().trimmed();
    if (rule.pattern.isEmpty())
        return fail(QStringLiteral("empty pattern"));
    if (!TrafficSource::isChannel(rule.channel))
        return fail(QStringLiteral("unknown channel \"%1\"").arg(rule.channel));
    return rule;
}

QJsonArray ClassifierRule::listToJson(const QList<ClassifierRule> &rules)
{
    QJsonArray array;
    for (const ClassifierRule &rule : rules)
        array.append(rule.toJson());
    return array;
}

QList<ClassifierRule> ClassifierRule::listFromJson(const QJsonArray &array, QString *error)
{
    QList<ClassifierRule> rules;
    rules.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString message;
        if (std::optional<ClassifierRule> rule = fromJson(array.at(i).toObject(), &message)) {
            rules.append(std::move(*rule));
        } else if (error && error->isEmpty()) {
            *error = QStringLiteral("rule %1: %2").arg(i + 1).arg(message);
        }
    }
    return rules;
}

QString ClassifierRule::matchName(Match match)
{
    for (const MatchName &m : matchNames) {
        if (m.match == match)
            return QString::fromUtf16(m.name);
    }
    return {};
}

std::optional<ClassifierRule::Match> ClassifierRule::matchFromName(QStringView name)
{
    for (const MatchName &m : matchNames) {
        if (name == QStringView(m.name))
            return m.match;
    }
    return std::nullopt;
}
