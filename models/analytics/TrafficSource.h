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
// Orders whose platform recorded no visit that explains them: keyed in by staff, recorded
// before the platform tracked sources, or a source it calls unknown.
inline QString unattributed()
{
    return QStringLiteral("unattributed");
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

    // A session a platform made from its record of the visit that bought (WooCommerce's Order
    // Attribution source_type, or "none" when the order has no such record): the platform's
    // verdict where the URLs cannot tell (staff orders, nothing recorded, "Unknown"), else the
    // classifier's, which reads the same referrer, UTM tags and user agent as for any visit.
    static TrafficSource withAttribution(const TrafficSource &classified, QStringView attribution);
    static QString sourceDisplayName(QStringView source);
};
