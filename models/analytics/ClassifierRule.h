#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A merchant's own rule, e.g. "referrer host x.com → social / x". Custom rules are checked
// before every built-in rule, in list order; the first that matches decides.
struct ClassifierRule
{
    enum class Match {
        Host,         // referrer host equals pattern ("www." ignored on both sides)
        HostSuffix,   // referrer host is pattern or a subdomain of it
        UtmSource,    // landing utm_source equals pattern (case-insensitive)
        LandingParam, // landing URL has query item "name" or "name=value" (pattern)
        UserAgent,    // user agent contains pattern (case-sensitive, e.g. "DingTalk")
    };

    Match match = Match::Host;
    QString pattern;
    QString channel; // a TrafficSource channel id
    QString source;  // source id; when empty: the referrer host, utm_source or param value

    bool operator==(const ClassifierRule &other) const = default;

    // Valid when the pattern is not empty and the channel is a known channel id.
    bool isValid() const;
    // "host x.com → social/x", for lists and for TrafficSource::rule.
    QString describe() const;

    // {"match": "host", "pattern": "x.com", "channel": "social", "source": "x"}
    QJsonObject toJson() const;
    // std::nullopt (and a message in error) when the object is not a valid rule.
    static std::optional<ClassifierRule> fromJson(const QJsonObject &object,
                                                  QString *error = nullptr);
    static QJsonArray listToJson(const QList<ClassifierRule> &rules);
    // Skips invalid entries, reporting the first problem in error.
    static QList<ClassifierRule> listFromJson(const QJsonArray &array, QString *error = nullptr);

    static QString matchName(Match match);
    static std::optional<Match> matchFromName(QStringView name);
};
