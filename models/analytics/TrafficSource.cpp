#include "analytics/TrafficSource.h"

#include "analytics/ReferrerDatabase.h"

#include <QCoreApplication>

namespace {

struct Name
{
    const char16_t *id;
    const char *text; // source text for lupdate, context "TrafficSource"
};

constexpr Name channelNames[] = {
    {u"search", QT_TRANSLATE_NOOP("TrafficSource", "Search")},
    {u"paid_search", QT_TRANSLATE_NOOP("TrafficSource", "Paid search")},
    {u"wechat", QT_TRANSLATE_NOOP("TrafficSource", "WeChat")},
    {u"social", QT_TRANSLATE_NOOP("TrafficSource", "Social")},
    {u"platform", QT_TRANSLATE_NOOP("TrafficSource", "Platforms")},
    {u"campaign", QT_TRANSLATE_NOOP("TrafficSource", "Campaigns")},
    {u"referral", QT_TRANSLATE_NOOP("TrafficSource", "Referral")},
    {u"direct", QT_TRANSLATE_NOOP("TrafficSource", "Direct")},
    {u"unattributed", QT_TRANSLATE_NOOP("TrafficSource", "No known source")},
};

constexpr Name sourceNames[] = {
    {u"baidu", QT_TRANSLATE_NOOP("TrafficSource", "Baidu")},
    {u"sogou", QT_TRANSLATE_NOOP("TrafficSource", "Sogou")},
    {u"360", QT_TRANSLATE_NOOP("TrafficSource", "360 Search")},
    {u"shenma", QT_TRANSLATE_NOOP("TrafficSource", "Shenma")},
    {u"bing", QT_TRANSLATE_NOOP("TrafficSource", "Bing")},
    {u"google", QT_TRANSLATE_NOOP("TrafficSource", "Google")},
    {u"yandex", QT_TRANSLATE_NOOP("TrafficSource", "Yandex")},
    {u"wechat_group", QT_TRANSLATE_NOOP("TrafficSource", "WeChat groups")},
    {u"wechat_moments", QT_TRANSLATE_NOOP("TrafficSource", "WeChat Moments")},
    {u"wechat_chat", QT_TRANSLATE_NOOP("TrafficSource", "WeChat chats")},
    {u"wechat_article", QT_TRANSLATE_NOOP("TrafficSource", "Official account articles")},
    {u"wechat_inapp", QT_TRANSLATE_NOOP("TrafficSource", "WeChat browser")},
    {u"wechat_channels", QT_TRANSLATE_NOOP("TrafficSource", "WeChat Channels")},
    {u"wechat_miniprogram", QT_TRANSLATE_NOOP("TrafficSource", "WeChat mini programs")},
    {u"wechat_search", QT_TRANSLATE_NOOP("TrafficSource", "WeChat search")},
    {u"zhihu", QT_TRANSLATE_NOOP("TrafficSource", "Zhihu")},
    {u"weibo", QT_TRANSLATE_NOOP("TrafficSource", "Weibo")},
    {u"douyin", QT_TRANSLATE_NOOP("TrafficSource", "Douyin")},
    {u"xiaohongshu", QT_TRANSLATE_NOOP("TrafficSource", "Xiaohongshu")},
    {u"toutiao", QT_TRANSLATE_NOOP("TrafficSource", "Toutiao")},
    {u"bilibili", QT_TRANSLATE_NOOP("TrafficSource", "Bilibili")},
    {u"kuaishou", QT_TRANSLATE_NOOP("TrafficSource", "Kuaishou")},
    {u"douban", QT_TRANSLATE_NOOP("TrafficSource", "Douban")},
    {u"58", QT_TRANSLATE_NOOP("TrafficSource", "58.com")},
    {u"ganji", QT_TRANSLATE_NOOP("TrafficSource", "Ganji")},
    {u"direct", QT_TRANSLATE_NOOP("TrafficSource", "Direct")},
    {u"admin", QT_TRANSLATE_NOOP("TrafficSource", "Entered by staff")},
    {u"mobile_app", QT_TRANSLATE_NOOP("TrafficSource", "Entered in the WooCommerce app")},
    {u"not_recorded", QT_TRANSLATE_NOOP("TrafficSource", "Source not recorded")},
    {u"unknown", QT_TRANSLATE_NOOP("TrafficSource", "Unknown")},
};

template <std::size_t N> const char *findName(const Name (&names)[N], QStringView id)
{
    for (const Name &name : names) {
        if (id == QStringView(name.id))
            return name.text;
    }
    return nullptr;
}

} // namespace

const QStringList &TrafficSource::channels()
{
    static const QStringList all = [] {
        QStringList ids;
        for (const Name &name : channelNames)
            ids.append(QString::fromUtf16(name.id));
        return ids;
    }();
    return all;
}

bool TrafficSource::isChannel(QStringView channel)
{
    return findName(channelNames, channel) != nullptr;
}

QString TrafficSource::channelDisplayName(QStringView channel)
{
    if (const char *text = findName(channelNames, channel))
        return QCoreApplication::translate("TrafficSource", text);
    return channel.toString();
}

QString TrafficSource::sourceDisplayName(QStringView source)
{
    if (const char *text = findName(sourceNames, source))
        return QCoreApplication::translate("TrafficSource", text);
    const QString fromData = ReferrerDatabase::builtIn().displayName(source);
    return fromData.isEmpty() ? source.toString() : fromData;
}

TrafficSource TrafficSource::withAttribution(const TrafficSource &classified,
                                             QStringView attribution)
{
    // WooCommerce's source_type values (OrderAttributionController): utm, organic, referral,
    // typein, mobile_app, admin; anything else it shows as Unknown. "none": no record at all.
    const auto platform = [](const char *source, const char *why) {
        return TrafficSource{TrafficChannel::unattributed(), QString::fromLatin1(source), QString(),
                             QString::fromLatin1(why)};
    };
    if (attribution == u"admin")
        return platform("admin", "attribution: created in the shop's admin");
    if (attribution == u"mobile_app")
        return platform("mobile_app", "attribution: created in the WooCommerce mobile app");
    if (attribution == u"none")
        return platform("not_recorded", "attribution: none recorded for the order");
    if (attribution == u"utm" || attribution == u"organic" || attribution == u"referral" ||
        attribution == u"typein")
        return classified;
    return platform("unknown", "attribution: source type unknown to the platform");
}
