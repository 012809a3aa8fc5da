// Where visits come from. The generator picks a Source per session; the landing URL, referrer
// URL and user agent are re-derived from the session's trafficSeed whenever the session is
// rendered, so a million sessions cost a few bytes each rather than three strings each.
#pragma once

#include "ShopRecords.h"

#include <QByteArray>

class JsonWriter;
class Rng;

class TrafficMix
{
public:
    enum Source : quint8 {
        BaiduPc,
        BaiduMobile,
        BaiduCpc,
        Sogou,
        So360,
        Shenma,
        Bing,
        Google,
        WechatGroup,
        WechatTimeline,
        WechatSingle,
        WechatOfficialAccount,
        WechatInApp,
        Zhihu,
        Douyin,
        Weibo,
        Xiaohongshu,
        Toutiao,
        Bilibili,
        Kuaishou,
        City58,
        Ganji,
        UtmCampaign,
        Internal,
        Direct,
        SourceCount
    };

    static Source pick(Rng &rng);
    static bool isWechatShare(Source s) { return s >= WechatGroup && s <= WechatSingle; }
    static bool isWechat(Source s) { return s >= WechatGroup && s <= WechatInApp; }
    static const char *name(Source s);

    /// Writes "landing_url", "referrer_url" and "user_agent" fields of a session.
    static void writeFields(const Session &s, const QByteArray &domain, JsonWriter &w);
};
