#include "WooAttributionMix.h"

#include "WooJson.h"
#include "WooShopData.h"

namespace {

const char *const kWeChatUa =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN";
const char *const kAndroidWeChatUa =
    "Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, "
    "like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240301 "
    "MicroMessenger/8.0.48.2580(0x28003036) WeChat/arm64 Weixin NetType/5G Language/zh_CN";
const char *const kMobileUa =
    "Mozilla/5.0 (Linux; Android 13; 22081212C) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.144 Mobile Safari/537.36";
const char *const kDesktopUa =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0";
const char *const kEntries[] = {
    "https://yiye.example.cn/", "https://yiye.example.cn/product/xihu-longjing/",
    "https://yiye.example.cn/product-category/green-tea/",
    "https://yiye.example.cn/product/dahongpao/", "https://yiye.example.cn/shop/"};
const char *const kWords[] = {"%E9%BE%99%E4%BA%95", "%E6%99%AE%E6%B4%B1%E8%8C%B6",
                              "%E5%A4%A7%E7%BA%A2%E8%A2%8D", "%E7%99%BD%E8%8C%B6"};

} // namespace

void WooAttributionMix::assign(WooOrder &o, WooShopData &shop)
{
    Rng &r = m_rng;
    QHash<QString, QString> f; // field -> value, in the order written below
    QStringList order;
    auto set = [&](const char *field, const QString &value) {
        if (value == QLatin1String("(none)"))
            return; // OrderAttributionMeta::get_source_values skips "(none)"
        order.append(QLatin1String(field));
        f.insert(QLatin1String(field), value);
    };
    const QString entry = QString::fromLatin1(kEntries[r.below(5)]);
    const QString word = QString::fromLatin1(kWords[r.below(4)]);
    QString ua = QString::fromLatin1(r.chance(0.6) ? kMobileUa : kDesktopUa);
    QString device =
        ua.contains(QLatin1String("Mobile")) ? QStringLiteral("Mobile") : QStringLiteral("Desktop");
    const quint32 roll = r.below(100);
    if (roll < 28) { // WeChat in-app browser: a shared link, usually without a referrer
        ua = QString::fromLatin1(r.chance(0.5) ? kWeChatUa : kAndroidWeChatUa);
        device = QStringLiteral("Mobile");
        const char *const from[] = {"groupmessage", "timeline", "singlemessage"};
        const QString e = entry + QStringLiteral("?from=") + QLatin1String(from[r.below(3)]);
        if (r.chance(0.7)) {
            set("source_type", QStringLiteral("typein"));
            set("utm_source", QStringLiteral("(direct)"));
        } else {
            set("source_type", QStringLiteral("referral"));
            set("referrer", QStringLiteral("https://servicewechat.com/"));
            set("utm_source", QStringLiteral("servicewechat.com"));
            set("utm_medium", QStringLiteral("referral"));
        }
        set("session_entry", e);
    } else if (roll < 42) { // Baidu
        const quint32 form = r.below(3);
        const QString ref = form == 0 ? QStringLiteral("https://www.baidu.com/link?url=a7Xk%1Qz")
                                            .arg(r.range(100000, 999999))
                            : form == 1 ? QStringLiteral("https://m.baidu.com/s?word=") + word
                                        : QStringLiteral("https://www.baidu.com/s?wd=") + word;
        set("source_type", QStringLiteral("organic"));
        set("referrer", ref);
        set("utm_source", QStringLiteral("baidu"));
        set("utm_medium", QStringLiteral("organic"));
        set("session_entry", entry);
    } else if (roll < 46) {
        set("source_type", QStringLiteral("organic"));
        set("referrer",
            QStringLiteral("https://www.sogou.com/link?url=hedJjaC29%1").arg(r.range(1000, 9999)));
        set("utm_source", QStringLiteral("sogou"));
        set("utm_medium", QStringLiteral("organic"));
        set("session_entry", entry);
    } else if (roll < 49) {
        set("source_type", QStringLiteral("organic"));
        set("referrer",
            QStringLiteral("https://www.so.com/link?m=e%1").arg(r.range(100000, 999999)));
        set("utm_source", QStringLiteral("so.com"));
        set("utm_medium", QStringLiteral("organic"));
        set("session_entry", entry);
    } else if (roll < 52) {
        set("source_type", QStringLiteral("organic"));
        set("referrer", QStringLiteral("https://cn.bing.com/search?q=") + word);
        set("utm_source", QStringLiteral("bing"));
        set("utm_medium", QStringLiteral("organic"));
        set("session_entry", entry);
    } else if (roll < 57) {
        set("source_type", QStringLiteral("referral"));
        set("referrer",
            QStringLiteral("https://www.zhihu.com/question/%1").arg(r.range(20000000, 69999999)));
        set("utm_source", QStringLiteral("zhihu.com"));
        set("utm_medium", QStringLiteral("referral"));
        set("session_entry", entry);
    } else if (roll < 62) {
        set("source_type", QStringLiteral("referral"));
        set("referrer", QStringLiteral("https://www.xiaohongshu.com/explore/64f%1")
                            .arg(r.range(100000, 999999)));
        set("utm_source", QStringLiteral("xiaohongshu.com"));
        set("utm_medium", QStringLiteral("referral"));
        set("session_entry", entry);
    } else if (roll < 72) { // utm campaigns
        const char *const sources[][2] = {{"wechat_article", "article"},
                                          {"xiaohongshu", "social"},
                                          {"weibo", "social"},
                                          {"newsletter", "email"}};
        const auto &src = sources[r.below(4)];
        set("source_type", QStringLiteral("utm"));
        set("utm_source", QLatin1String(src[0]));
        set("utm_medium", QLatin1String(src[1]));
        set("utm_campaign",
            r.chance(0.5) ? QStringLiteral("spring_tea") : QStringLiteral("double11"));
        if (r.chance(0.5))
            set("utm_content", QStringLiteral("banner_%1").arg(r.range(1, 3)));
        if (r.chance(0.3))
            set("utm_term", QStringLiteral("longjing"));
        set("session_entry", entry + QStringLiteral("?utm_source=") + QLatin1String(src[0]));
    } else if (roll < 82) {
        set("source_type", QStringLiteral("typein"));
        set("utm_source", QStringLiteral("(direct)"));
        set("session_entry", entry);
    } else if (roll < 87) { // created in wp-admin: only the source type
        o.createdVia = "admin";
        o.meta.push_back({shop.nextMetaId++, QStringLiteral("_wc_order_attribution_source_type"),
                          QStringLiteral("admin")});
        return;
    } else if (roll < 90) {
        o.createdVia = "rest-api";
        o.meta.push_back({shop.nextMetaId++, QStringLiteral("_wc_order_attribution_source_type"),
                          QStringLiteral("mobile_app")});
        return;
    } else if (roll < 95) {
        set("source_type", QStringLiteral("unknown"));
        set("utm_source", QStringLiteral("(none)"));
    } else {
        return; // no attribution recorded (blocked script, old browser)
    }
    set("session_start_time",
        WooJson::date(o.created - 60 * qint64(1 + r.below(40)), shop.settings.gmtOffsetHours * 3600)
            .toString()
            .replace(QLatin1Char('T'), QLatin1Char(' ')));
    set("session_pages", QString::number(1 + r.below(12)));
    set("session_count", QString::number(1 + r.below(5)));
    set("user_agent", ua);
    set("device_type", device);
    o.customerUserAgent = ua;
    for (const QString &field : order)
        o.meta.push_back(
            {shop.nextMetaId++, QStringLiteral("_wc_order_attribution_") + field, f.value(field)});
}
