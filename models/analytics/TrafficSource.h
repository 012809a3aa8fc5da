#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Channel ids, stable: they are stored with every session and in the merchant's rules.
namespace TrafficChannel {
inline QString search()
{
    return QStringLiteral("search");
}
inline QString paidSearch()
{
    return QStringLiteral("paid_search");
}
inline QString wechat()
{
    return QStringLiteral("wechat");
}
inline QString social()
{
    return QStringLiteral("social");
}
inline QString platform()
{
    return QStringLiteral("platform");
}
inline QString campaign()
{
    return QStringLiteral("campaign");
}
inline QString referral()
{
    return QStringLiteral("referral");
}
inline QString direct()
{
    return QStringLiteral("direct");
}
} // namespace TrafficChannel

// Where a visit came from, as decided by TrafficClassifier.
struct TrafficSource
{
    QString channel; // one of TrafficChannel
    QString source;  // stable lower-case id inside the channel: "baidu", "wechat_group", a host...
    QString keyword; // search keyword or utm_term; empty when unknown
    QString rule;    // why: which rule matched, in English (diagnostics, `yutang-cli source`)

    bool operator==(const TrafficSource &other) const = default;

    // All channel ids, in the order the UI lists them.
    static const QStringList &channels();
    static bool isChannel(QStringView channel);
    // Translated names (context "TrafficSource"): "search" → "Search"/"搜索",
    // "baidu" → "Baidu"/"百度". Unknown sources fall back to the name in the referrer data,
    // then to the id itself (hosts, utm_source values).
    static QString channelDisplayName(QStringView channel);
    static QString sourceDisplayName(QStringView source);
};
