#include "TrafficMix.h"

#include "JsonWriter.h"
#include "Rng.h"
#include "SearchKeywords.h"
#include "VisitShape.h"

#include <iterator>

namespace {

struct Weighted
{
    TrafficMix::Source source;
    int weight;
    const char *name;
};

const Weighted kMix[] = {
    {TrafficMix::BaiduPc, 140, "baidu_pc"},
    {TrafficMix::BaiduMobile, 90, "baidu_mobile"},
    {TrafficMix::BaiduCpc, 20, "baidu_cpc"},
    {TrafficMix::Sogou, 35, "sogou"},
    {TrafficMix::So360, 30, "so360"},
    {TrafficMix::Shenma, 30, "shenma"},
    {TrafficMix::Bing, 25, "bing"},
    {TrafficMix::Google, 10, "google"},
    {TrafficMix::WechatGroup, 70, "wechat_group"},
    {TrafficMix::WechatTimeline, 55, "wechat_moments"},
    {TrafficMix::WechatSingle, 45, "wechat_chat"},
    {TrafficMix::WechatOfficialAccount, 40, "wechat_oa"},
    {TrafficMix::WechatInApp, 30, "wechat_inapp"},
    {TrafficMix::Zhihu, 25, "zhihu"},
    {TrafficMix::Douyin, 30, "douyin"},
    {TrafficMix::Weibo, 25, "weibo"},
    {TrafficMix::Xiaohongshu, 30, "xiaohongshu"},
    {TrafficMix::Toutiao, 20, "toutiao"},
    {TrafficMix::Bilibili, 15, "bilibili"},
    {TrafficMix::Kuaishou, 15, "kuaishou"},
    {TrafficMix::City58, 8, "58"},
    {TrafficMix::Ganji, 6, "ganji"},
    {TrafficMix::UtmCampaign, 45, "utm"},
    {TrafficMix::Internal, 50, "internal"},
    {TrafficMix::Direct, 150, "direct"},
};

const char *const kPcAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 "
    "Safari/537.36 QIHU 360SE",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/94.0.4606.71 Safari/537.36 Core/1.94.236.400 QQBrowser/12.4.5631.400",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/88.0.4324.104 Safari/537.36 SE 2.X MetaSr 1.0",
};
const char *const kMobileAgents[] = {
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/116.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-AN00; HMSCore 6.13.0.302) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.5.303 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; U; Android 12; zh-CN; PFDM00 Build/SP1A.210812.016) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.3.8.1281 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; U; Android 13; zh-cn; 22081212C Build/TKQ1.220829.002) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/14.8 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148 SP-engine/2.80.0 main%2F1.0 baiduboxapp/13.40.0.10 (Baidu; P2 16.6)",
};
const char *const kWechatAgents[] = {
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; PGEM10 Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, "
    "like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 "
    "MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/5G "
    "Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) "
    "WindowsWechat(0x63090a13) XWEB/9129 Flue",
};

struct AppAgent
{
    TrafficMix::Source source;
    const char *agent;
};
const AppAgent kAppAgents[] = {
    {TrafficMix::Zhihu, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                        "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ZhihuHybrid "
                        "osee2unifiedRelease/22474 osee2unifiedReleaseVersion/10.12.0"},
    {TrafficMix::Douyin,
     "Mozilla/5.0 (Linux; Android 13; M2012K11AC Build/TKQ1.220829.002; wv) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 aweme_300100 "
     "JsSdk/1.0 NetType/WIFI Channel/huawei_1128_64 app_version/30.1.0 ByteLocale/zh-CN Region/CN "
     "AppSkin/white AppTheme/light BytedanceWebview/d8a21c6"},
    {TrafficMix::Weibo,
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Mobile/15E148 Weibo (iPhone15,2__weibo__14.6.3__iphone__os17.5)"},
    {TrafficMix::Xiaohongshu,
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Mobile/15E148 discover/8.42 (iPhone; iOS 17.5; Scale/3.00) Resolution/1179*2556 "
     "Version/8.42 Build/8420410 Device/(Apple Inc.;iPhone15,2) NetType/WiFi"},
    {TrafficMix::Toutiao,
     "Mozilla/5.0 (Linux; Android 12; ANA-AN00 Build/HUAWEIANA-AN00; wv) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Mobile Safari/537.36 NewsArticle/9.7.6 "
     "ToutiaoMicroApp/3.21.0 JsSdk/2.0 NetType/4G"},
    {TrafficMix::Bilibili,
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Mobile/15E148 BiliApp/78000100 os/ios model/iPhone 15 mobi_app/iphone build/78000100 "
     "osVer/17.5 network/2 channel/AppStore"},
    {TrafficMix::Kuaishou,
     "Mozilla/5.0 (Linux; Android 13; 2211133C Build/TKQ1.220905.001; wv) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 Mobile Safari/537.36 Kwai/11.9.30.7013 "
     "ISLP/0 StatusHT/29 KDT/PHONE"},
};

const char *const kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

template <typename T, size_t N> const T &one(Rng &r, const T (&arr)[N])
{
    return arr[r.below(quint32(N))];
}

void token(QByteArray &out, Rng &r, int len, const char *alphabet = kAlnum, int alphabetLen = 62)
{
    for (int i = 0; i < len; ++i)
        out.append(alphabet[r.below(quint32(alphabetLen))]);
}

void number(QByteArray &out, Rng &r, qint64 lo, qint64 hi)
{
    JsonWriter::appendInt(out, r.range(lo, hi));
}

/// UTF-8 keyword, sometimes with '+' for spaces as many engines write it.
QByteArray keyword(Rng &r, bool gbk = false)
{
    const SearchKeyword &k = one(r, kSearchKeywords);
    QByteArray kw(gbk ? k.gbkPct : k.utf8Pct);
    if (r.chance(0.4))
        kw.replace("%20", "+");
    return kw;
}

void landingPath(QByteArray &out, const Session &s)
{
    if (s.landingProduct) {
        out.append("/p/");
        JsonWriter::appendInt(out, s.landingProduct);
        return;
    }
    VisitShape::appendPath(out, PageKind(s.landingPage), s.landingDetail);
}

QByteArray landingUrl(const Session &s, const QByteArray &domain, Rng &r, TrafficMix::Source src)
{
    QByteArray url = "https://" + domain;
    landingPath(url, s);
    const char sep = url.contains('?') ? '&' : '?';
    switch (src) {
    case TrafficMix::WechatGroup:
    case TrafficMix::WechatTimeline:
    case TrafficMix::WechatSingle: {
        url.append(sep);
        url.append(src == TrafficMix::WechatGroup      ? "from=groupmessage"
                   : src == TrafficMix::WechatTimeline ? "from=timeline"
                                                       : "from=singlemessage");
        if (r.chance(0.7))
            url.append("&isappinstalled=0");
        break;
    }
    case TrafficMix::BaiduCpc:
        url.append(sep);
        url.append("utm_source=baidu&utm_medium=cpc&utm_campaign=");
        url.append(r.chance(0.5) ? "brand_tea" : "puer_autumn");
        url.append("&utm_term=");
        url.append(keyword(r));
        break;
    case TrafficMix::UtmCampaign: {
        static const char *const campaigns[] = {
            "utm_source=newsletter&utm_medium=email&utm_campaign=autumn_sale",
            "utm_source=wechat_ad&utm_medium=social_paid&utm_campaign=mid_autumn_gift",
            "utm_source=douyin&utm_medium=video_ad&utm_campaign=puer_live",
            "utm_source=xiaohongshu&utm_medium=kol&utm_campaign=baicha_review",
            "utm_source=sms&utm_medium=sms&utm_campaign=member_day",
            "utm_source=weibo&utm_medium=social&utm_campaign=new_tea",
        };
        url.append(sep);
        url.append(one(r, campaigns));
        break;
    }
    default:
        if (r.chance(0.03)) {
            url.append(sep);
            url.append("spm=a2c.10.0.0");
        }
        break;
    }
    return url;
}

/// Returns an empty array for "no referrer".
QByteArray referrerUrl(const QByteArray &domain, Rng &r, TrafficMix::Source src)
{
    QByteArray u;
    switch (src) {
    case TrafficMix::BaiduPc: {
        const int v = int(r.below(10));
        if (v == 0) {
            u = "https://www.baidu.com/link?url=";
            token(u, r, 40);
            u.append("&wd=&eqid=");
            token(u, r, 32, "0123456789abcdef", 16);
        } else if (v == 1) {
            u = "https://www.baidu.com/s?ie=gbk&wd=" + keyword(r, true);
        } else {
            u = "https://www.baidu.com/s?wd=" + keyword(r) + "&rsv_spt=1&ie=utf-8";
        }
        break;
    }
    case TrafficMix::BaiduMobile:
        u = "https://m.baidu.com/s?word=" + keyword(r) + "&from=1000953f&sa=tb";
        break;
    case TrafficMix::BaiduCpc:
        u = "https://www.baidu.com/baidu.php?url=";
        token(u, r, 48);
        break;
    case TrafficMix::Sogou:
        u = r.chance(0.7) ? "https://www.sogou.com/web?query=" + keyword(r) + "&ie=utf8"
                          : "https://m.sogou.com/web/searchList.jsp?keyword=" + keyword(r);
        break;
    case TrafficMix::So360:
        u = "https://www.so.com/s?q=" + keyword(r) + "&src=srp&fr=none";
        break;
    case TrafficMix::Shenma:
        u = "https://m.sm.cn/s?q=" + keyword(r) + "&from=smor&safe=1";
        break;
    case TrafficMix::Bing:
        u = "https://cn.bing.com/search?q=" + keyword(r) + "&form=QBLH";
        break;
    case TrafficMix::Google:
        u = r.chance(0.6) ? QByteArray("https://www.google.com/")
                          : "https://www.google.com.hk/search?q=" + keyword(r);
        break;
    case TrafficMix::WechatOfficialAccount:
        if (r.chance(0.5)) {
            u = "https://mp.weixin.qq.com/s/";
            token(u, r, 22);
        } else {
            u = "https://mp.weixin.qq.com/s?__biz=MzA";
            token(u, r, 13);
            u.append("==&mid=");
            number(u, r, 2247480000, 2247499999);
            u.append("&idx=1&sn=");
            token(u, r, 32, "0123456789abcdef", 16);
        }
        break;
    case TrafficMix::Zhihu:
        if (r.chance(0.6)) {
            u = "https://www.zhihu.com/question/";
            number(u, r, 20000000, 650000000);
            u.append("/answer/");
            number(u, r, 1000000000, 3000000000);
        } else {
            u = "https://zhuanlan.zhihu.com/p/";
            number(u, r, 100000000, 700000000);
        }
        break;
    case TrafficMix::Douyin:
        if (r.chance(0.5))
            return u; // in-app webview, no referrer
        u = "https://www.douyin.com/video/";
        number(u, r, 7100000000000000000LL, 7400000000000000000LL);
        break;
    case TrafficMix::Weibo:
        if (r.chance(0.5)) {
            u = "https://m.weibo.cn/status/";
            token(u, r, 9);
        } else {
            u = "https://weibo.com/";
            number(u, r, 1000000000, 7999999999);
            u.append('/');
            token(u, r, 9);
        }
        break;
    case TrafficMix::Xiaohongshu:
        u = r.chance(0.5) ? "https://www.xiaohongshu.com/explore/"
                          : "https://www.xiaohongshu.com/discovery/item/";
        token(u, r, 24, "0123456789abcdef", 16);
        break;
    case TrafficMix::Toutiao:
        u = r.chance(0.6) ? "https://www.toutiao.com/article/" : "https://m.toutiao.com/is/";
        number(u, r, 7300000000000000000LL, 7399999999999999999LL);
        u.append('/');
        break;
    case TrafficMix::Bilibili:
        u = "https://www.bilibili.com/video/BV1";
        token(u, r, 9);
        break;
    case TrafficMix::Kuaishou:
        if (r.chance(0.5))
            return u;
        u = "https://www.kuaishou.com/short-video/3x";
        token(u, r, 13, "0123456789abcdefghijklmnopqrstuvwxyz", 36);
        break;
    case TrafficMix::City58:
        u = r.chance(0.5) ? "https://bj.58.com/chaye/" : "https://hz.58.com/shangpin/";
        break;
    case TrafficMix::Ganji:
        u = "https://bj.ganji.com/chaye/";
        break;
    case TrafficMix::UtmCampaign:
        if (r.chance(0.5))
            u = "https://mp.weixin.qq.com/";
        break;
    case TrafficMix::Internal:
        u = "https://" + domain + (r.chance(0.5) ? "/c/lvcha" : "/");
        if (r.chance(0.5)) {
            u = "https://" + domain + "/p/";
            number(u, r, 1, 60);
        }
        break;
    default:
        break;
    }
    return u;
}

const char *userAgent(Rng &r, TrafficMix::Source src)
{
    if (TrafficMix::isWechat(src))
        return one(r, kWechatAgents);
    for (const AppAgent &a : kAppAgents) {
        if (a.source == src && r.chance(0.5))
            return a.agent;
    }
    switch (src) {
    case TrafficMix::BaiduMobile:
    case TrafficMix::Shenma:
    case TrafficMix::Douyin:
    case TrafficMix::Kuaishou:
    case TrafficMix::Xiaohongshu:
        return one(r, kMobileAgents);
    default:
        return r.chance(0.55) ? one(r, kMobileAgents) : one(r, kPcAgents);
    }
}

} // namespace

TrafficMix::Source TrafficMix::pick(Rng &rng)
{
    static const int total = [] {
        int t = 0;
        for (const Weighted &w : kMix)
            t += w.weight;
        return t;
    }();
    int x = int(rng.below(quint32(total)));
    for (const Weighted &w : kMix) {
        if (x < w.weight)
            return w.source;
        x -= w.weight;
    }
    return Direct;
}

const char *TrafficMix::name(Source s)
{
    for (const Weighted &w : kMix) {
        if (w.source == s)
            return w.name;
    }
    return "unknown";
}

void TrafficMix::writeFields(const Session &s, const QByteArray &domain, JsonWriter &w)
{
    Rng r(Rng::mix(s.trafficSeed, 0x7a11));
    const auto src = s.source < SourceCount ? Source(s.source) : Direct;
    w.field("landing_url", landingUrl(s, domain, r, src));
    const QByteArray ref = referrerUrl(domain, r, src);
    if (ref.isEmpty())
        w.fieldNull("referrer_url");
    else
        w.field("referrer_url", ref);
    w.field("user_agent", userAgent(r, src));
}
