#include "trafficcases.h"

using namespace Qt::StringLiterals;

namespace {

const QString shop = u"https://shop.example.cn/p/12"_s;
const QString chrome = u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                       "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"_s;
const QString wechat =
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) "
    "NetType/WIFI Language/zh_CN"_s;
const QString wxwork =
    u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/81.0.4044.138 Safari/537.36 wxwork/4.1.10 MicroMessenger/7.0.1"_s;
const QString weiboApp =
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,2__weibo__13.11.2__iphone__os17.0)"_s;
const QString douyinApp =
    u"Mozilla/5.0 (Linux; Android 13; V2183A) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/99.0 Mobile Safari/537.36 aweme_270400 JsSdk/1.0 AppName/aweme"_s;
const QString xhsApp =
    u"Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 xhsdiscover/8.9 NetType/WiFi"_s;

} // namespace

QList<TrafficCase> trafficCases()
{
    const QString S = u"search"_s, P = u"paid_search"_s, W = u"wechat"_s, SO = u"social"_s,
                  PF = u"platform"_s, C = u"campaign"_s, R = u"referral"_s, D = u"direct"_s;
    // One row per case reads better than wrapped rows.
    // clang-format off
    return {
        // Baidu, pc and mobile, UTF-8 and GBK
        {"baidu utf8", shop, u"https://www.baidu.com/s?wd=%E9%BE%99%E4%BA%95&rsv_spt=1&ie=utf-8"_s, chrome, S, u"baidu"_s, u"龙井"_s},
        {"baidu ie=gbk", shop, u"https://www.baidu.com/s?ie=gbk&wd=%C1%FA%BE%AE"_s, chrome, S, u"baidu"_s, u"龙井"_s},
        {"baidu gbk without ie", shop, u"http://www.baidu.com/s?wd=%C1%FA%BE%AE"_s, chrome, S, u"baidu"_s, u"龙井"_s},
        {"baidu word ie=gb2312", shop, u"https://www.baidu.com/s?word=%C3%F7%C7%B0%C1%FA%BE%AE&ie=gb2312"_s, chrome, S, u"baidu"_s, u"明前龙井"_s},
        {"baidu gbk with space", shop, u"https://www.baidu.com/s?wd=%CE%F7%BA%FE%C1%FA%BE%AE%20%C0%F1%BA%D0&ie=GBK"_s, chrome, S, u"baidu"_s, u"西湖龙井 礼盒"_s},
        {"baidu gb18030 hint", shop, u"https://www.baidu.com/s?wd=%CC%FA%B9%DB%D2%F4&ie=gb18030"_s, chrome, S, u"baidu"_s, u"铁观音"_s},
        {"baidu single gbk char", shop, u"https://www.baidu.com/s?wd=%B2%E8"_s, chrome, S, u"baidu"_s, u"茶"_s},
        {"baidu plus as space", shop, u"https://www.baidu.com/s?wd=west+lake+tea"_s, chrome, S, u"baidu"_s, u"west lake tea"_s},
        {"baidu lower-cased", shop, u"https://www.baidu.com/s?wd=iPhone%2015"_s, chrome, S, u"baidu"_s, u"iphone 15"_s},
        {"baidu literal chinese", shop, u"https://www.baidu.com/s?wd=龙井茶"_s, chrome, S, u"baidu"_s, u"龙井茶"_s},
        {"m.baidu word", shop, u"https://m.baidu.com/s?word=%E8%8C%B6%E5%8F%B6&sa=tb"_s, wechat, S, u"baidu"_s, u"茶叶"_s},
        {"m.baidu from path", shop, u"https://m.baidu.com/from=844b/s?word=%E7%BB%BF%E8%8C%B6"_s, chrome, S, u"baidu"_s, u"绿茶"_s},
        {"m.baidu no keyword", shop, u"https://m.baidu.com/"_s, chrome, S, u"baidu"_s, {}},
        {"baidu link redirect", shop, u"https://www.baidu.com/link?url=Xyz&wd=&eqid=9f3"_s, chrome, S, u"baidu"_s, {}},
        {"wap.baidu", shop, u"http://wap.baidu.com/s?word=%E8%8C%B6"_s, chrome, S, u"baidu"_s, u"茶"_s},
        {"baidu subdomain", shop, u"https://m5.baidu.com/s?word=%E7%BA%A2%E8%8C%B6"_s, chrome, S, u"baidu"_s, u"红茶"_s},
        {"tieba kw", shop, u"https://tieba.baidu.com/f?kw=%E8%8C%B6%E5%8F%B6"_s, chrome, S, u"baidu"_s, u"茶叶"_s},
        {"baidu uppercase host", shop, u"HTTPS://WWW.BAIDU.COM/s?wd=%E8%8C%B6"_s, chrome, S, u"baidu"_s, u"茶"_s},
        {"baidu ad click", shop, u"https://www.baidu.com/baidu.php?url=a000000abc.7Y"_s, chrome, P, u"baidu"_s, {}},
        {"m.baidu ad click", shop, u"https://m.baidu.com/baidu.php?url=K00000j"_s, wechat, P, u"baidu"_s, {}},
        {"baidu bd_vid", u"https://shop.example.cn/?bd_vid=11572712367891"_s, u"https://www.baidu.com/"_s, chrome, P, u"baidu"_s, {}},
        // Sogou
        {"sogou utf8", shop, u"https://www.sogou.com/web?query=%E9%BE%99%E4%BA%95&ie=utf8"_s, chrome, S, u"sogou"_s, u"龙井"_s},
        {"sogou gbk", shop, u"https://www.sogou.com/web?query=%C1%FA%BE%AE"_s, chrome, S, u"sogou"_s, u"龙井"_s},
        {"m.sogou keyword", shop, u"https://m.sogou.com/web/searchList.jsp?keyword=%E7%BA%A2%E8%8C%B6"_s, chrome, S, u"sogou"_s, u"红茶"_s},
        {"wap.sogou keyword", shop, u"https://wap.sogou.com/web/sl?keyword=%E8%8C%B6"_s, chrome, S, u"sogou"_s, u"茶"_s},
        {"sogou link hidden", shop, u"https://www.sogou.com/link?url=DSOYnZeCC_rR"_s, chrome, S, u"sogou"_s, {}},
        {"sogou ad click", shop, u"https://www.sogou.com/bill_cpc?v=1&p=W4"_s, chrome, P, u"sogou"_s, {}},
        // 360
        {"so.com", shop, u"https://www.so.com/s?q=%E7%99%BD%E8%8C%B6&src=srp"_s, chrome, S, u"360"_s, u"白茶"_s},
        {"m.so.com", shop, u"https://m.so.com/s?q=%E6%99%AE%E6%B4%B1"_s, chrome, S, u"360"_s, u"普洱"_s},
        {"so.360.cn gbk", shop, u"http://so.360.cn/s?q=%C6%D5%B6%FD&ie=gbk"_s, chrome, S, u"360"_s, u"普洱"_s},
        {"360 qhclickid", u"https://shop.example.cn/p/3?qhclickid=8a1c"_s, u"https://www.so.com/"_s, chrome, P, u"360"_s, {}},
        // Shenma
        {"shenma", shop, u"https://m.sm.cn/s?q=%E4%B9%8C%E9%BE%99%E8%8C%B6&from=smor"_s, chrome, S, u"shenma"_s, u"乌龙茶"_s},
        {"shenma yz", shop, u"https://yz.m.sm.cn/s?q=%E8%8C%B6"_s, chrome, S, u"shenma"_s, u"茶"_s},
        {"quark", shop, u"https://quark.sm.cn/s?q=tea"_s, chrome, S, u"shenma"_s, u"tea"_s},
        // Bing
        {"cn.bing", shop, u"https://cn.bing.com/search?q=%E8%8C%B6%E5%85%B7&form=QBLH"_s, chrome, S, u"bing"_s, u"茶具"_s},
        {"bing", shop, u"https://www.bing.com/search?q=green+tea"_s, chrome, S, u"bing"_s, u"green tea"_s},
        {"bing hidden", shop, u"https://www.bing.com/"_s, chrome, S, u"bing"_s, {}},
        {"bing ad click", shop, u"https://www.bing.com/aclk?ld=e8x&u=aHR0"_s, chrome, P, u"bing"_s, {}},
        {"bing msclkid", u"https://shop.example.cn/?msclkid=4f2"_s, {}, chrome, P, u"bing"_s, {}},
        // Result pages of each Chinese engine and in-app search, as they look in the wild
        // (issue 14). Shapes seen in public code (search tool, 2026-12): Baidu www/s?wd= and
        // m.baidu.com/s?word=&oq= (searxng engines/baidu.py; URL lists in browser apps), GBK with
        // ie=gbk/gb2312 or no ie on old pages; Sogou www.sogou.com/web?query=...&w=01019900&ie=utf8
        // (w is Sogou's internal entry code, not a keyword) and wap/m.sogou.com/web/searchList.jsp?
        // keyword=; 360 www.so.com/s?ie=utf-8&q= (searxng engines/360search.py), m.so.com/s?q=&pn=
        // &mode=jisu; Shenma m.sm.cn, so.m.sm.cn, yz.m.sm.cn /s?q=; Toutiao so.toutiao.com/search?
        // dvpf=pc&source=input&keyword= and m.toutiao.com/search?keyword=; Douyin the keyword in the
        // path, www.douyin.com/search/<kw>?aid=...&source=normal_search&type=general; Zhihu
        // www.zhihu.com/search?type=content&q=; Xiaohongshu www.xiaohongshu.com/search_result?
        // keyword=<encoded twice>&source=web_search_result_notes; WeChat article search
        // weixin.sogou.com (or wx.sogou.com)/weixin?type=2&s_from=input&query=&ie=utf8&w=01019900;
        // Bing CN cn.bing.com/search?q=&form=. In-app searches (WeChat 搜一搜, the Douyin and
        // Xiaohongshu apps) open results in the app's browser without a referrer: only the app.
        {"baidu pc full utf8", shop, u"https://www.baidu.com/s?ie=utf-8&f=8&rsv_bp=1&tn=baidu&wd=%E7%B4%AB%E7%A0%82%E5%A3%B6&oq=%E7%B4%AB&rsv_pq=e5b2"_s, chrome, S, u"baidu"_s, u"紫砂壶"_s},
        {"baidu pc full gbk", shop, u"https://www.baidu.com/s?ie=gbk&tn=baidu&wd=%D7%CF%C9%B0%BA%F8"_s, chrome, S, u"baidu"_s, u"紫砂壶"_s},
        {"baidu pc word utf8", shop, u"https://www.baidu.com/s?ie=utf-8&word=%E7%A2%A7%E8%9E%BA%E6%98%A5"_s, chrome, S, u"baidu"_s, u"碧螺春"_s},
        {"baidu pc word gbk without ie", shop, u"https://www.baidu.com/s?word=%B1%CC%C2%DD%B4%BA"_s, chrome, S, u"baidu"_s, u"碧螺春"_s},
        {"baidu empty wd then word", shop, u"https://www.baidu.com/s?wd=&word=%E7%BA%A2%E8%8C%B6"_s, chrome, S, u"baidu"_s, u"红茶"_s},
        {"m.baidu word oq utf8", shop, u"https://m.baidu.com/s?word=%E7%BB%BF%E8%8C%B6&oq=%E7%BB%BF&sa=ikb"_s, wechat, S, u"baidu"_s, u"绿茶"_s},
        {"m.baidu wd utf8", shop, u"https://m.baidu.com/s?wd=%E7%BB%BF%E8%8C%B6"_s, chrome, S, u"baidu"_s, u"绿茶"_s},
        {"m.baidu ssid path word", shop, u"https://m.baidu.com/ssid=0/from=844b/s?word=%E8%8C%B6%E5%85%B7&sa=tb"_s, chrome, S, u"baidu"_s, u"茶具"_s},
        {"wap.baidu word gbk", shop, u"http://wap.baidu.com/s?word=%B2%E8%BE%DF"_s, chrome, S, u"baidu"_s, u"茶具"_s},
        {"sogou web full utf8", shop, u"https://www.sogou.com/web?query=%E8%8C%B6%E5%85%B7&_asf=www.sogou.com&_ast=&w=01019900&p=40040100&ie=utf8&from=index-nologin&s_from=index"_s, chrome, S, u"sogou"_s, u"茶具"_s},
        {"sogou web gbk", shop, u"https://www.sogou.com/web?query=%B2%E8%BE%DF&w=01019900&p=40040100"_s, chrome, S, u"sogou"_s, u"茶具"_s},
        {"sogou w code is no keyword", shop, u"https://www.sogou.com/web?w=01019900&p=40040100&ie=utf8"_s, chrome, S, u"sogou"_s, {}},
        {"wap.sogou searchList utf8", shop, u"https://wap.sogou.com/web/searchList.jsp?keyword=%E8%8C%B6%E5%8F%B6%E7%A4%BC%E7%9B%92&pid=sogou-appi-6d3a2d24eb109ddd&v=5"_s, chrome, S, u"sogou"_s, u"茶叶礼盒"_s},
        {"wap.sogou searchList gbk", shop, u"http://wap.sogou.com/web/searchList.jsp?keyword=%B2%E8%D2%B6%C0%F1%BA%D0"_s, chrome, S, u"sogou"_s, u"茶叶礼盒"_s},
        {"m.sogou searchList utf8", shop, u"https://m.sogou.com/web/searchList.jsp?s_from=pcsearch&keyword=%E7%BA%A2%E8%8C%B6"_s, chrome, S, u"sogou"_s, u"红茶"_s},
        {"so.com full utf8", shop, u"https://www.so.com/s?ie=utf-8&fr=none&src=360sou_newhome&q=%E6%99%AE%E6%B4%B1%E8%8C%B6"_s, chrome, S, u"360"_s, u"普洱茶"_s},
        {"so.com gbk without ie", shop, u"https://www.so.com/s?q=%C6%D5%B6%FD%B2%E8&src=srp"_s, chrome, S, u"360"_s, u"普洱茶"_s},
        {"so.com gbk ie=gbk", shop, u"https://www.so.com/s?ie=gbk&q=%C6%D5%B6%FD%B2%E8"_s, chrome, S, u"360"_s, u"普洱茶"_s},
        {"m.so.com jisu", shop, u"https://m.so.com/s?q=%E7%99%BD%E8%8C%B6&pn=2&mode=jisu"_s, wechat, S, u"360"_s, u"白茶"_s},
        {"so.m.sm.cn", shop, u"https://so.m.sm.cn/s?q=%E9%93%81%E8%A7%82%E9%9F%B3"_s, chrome, S, u"shenma"_s, u"铁观音"_s},
        {"m.sm.cn paged", shop, u"https://m.sm.cn/s?q=%E9%93%81%E8%A7%82%E9%9F%B3&page=2&by=submit"_s, chrome, S, u"shenma"_s, u"铁观音"_s},
        {"toutiao search pc", shop, u"https://so.toutiao.com/search?dvpf=pc&source=input&keyword=%E6%99%AE%E6%B4%B1%E8%8C%B6"_s, chrome, S, u"toutiao"_s, u"普洱茶"_s},
        {"toutiao search synthesis", shop, u"https://so.toutiao.com/search?keyword=%E5%A4%A7%E7%BA%A2%E8%A2%8D&pd=synthesis&dvpf=pc"_s, chrome, S, u"toutiao"_s, u"大红袍"_s},
        {"toutiao search no keyword", shop, u"https://so.toutiao.com/"_s, chrome, S, u"toutiao"_s, {}},
        {"m.toutiao search", shop, u"https://m.toutiao.com/search?keyword=%E7%BA%A2%E8%8C%B6"_s, chrome, S, u"toutiao"_s, u"红茶"_s},
        {"douyin search path", shop, u"https://www.douyin.com/search/%E5%A4%A7%E7%BA%A2%E8%A2%8D?aid=165d20aa-17b3-4b63-b831-645b2eb7f064&publish_time=0&sort_type=0&source=normal_search&type=general"_s, chrome, S, u"douyin"_s, u"大红袍"_s},
        {"douyin search video modal", shop, u"https://www.douyin.com/search/%E8%8C%B6%E5%85%B7?modal_id=7105766792102038821&type=video"_s, chrome, S, u"douyin"_s, u"茶具"_s},
        {"douyin video is social", shop, u"https://www.douyin.com/video/7105766792102038821"_s, chrome, SO, u"douyin"_s, {}},
        {"zhihu search", shop, u"https://www.zhihu.com/search?type=content&q=%E7%99%BD%E8%8C%B6"_s, chrome, S, u"zhihu"_s, u"白茶"_s},
        {"zhihu entity search literal", shop, u"https://www.zhihu.com/search?q=普洱茶&search_source=Entity&hybrid_search_source=Entity"_s, chrome, S, u"zhihu"_s, u"普洱茶"_s},
        {"zhihu question with q is social", shop, u"https://www.zhihu.com/question/123?q=x"_s, chrome, SO, u"zhihu"_s, {}},
        {"xiaohongshu search encoded twice", shop, u"https://www.xiaohongshu.com/search_result?keyword=%25E8%258C%25B6%25E5%2585%25B7&source=web_search_result_notes&type=51"_s, xhsApp, S, u"xiaohongshu"_s, u"茶具"_s},
        {"xiaohongshu search encoded once", shop, u"https://www.xiaohongshu.com/search_result?keyword=%E8%8C%B6%E5%85%B7&source=web_explore_feed"_s, chrome, S, u"xiaohongshu"_s, u"茶具"_s},
        {"wechat search sogou utf8", shop, u"https://weixin.sogou.com/weixin?type=2&s_from=input&query=%E7%BA%A2%E8%8C%B6&ie=utf8&_sug_=y&_sug_type_=&w=01019900"_s, chrome, S, u"wechat_search"_s, u"红茶"_s},
        {"wechat search sogou gbk", shop, u"http://weixin.sogou.com/weixin?type=2&query=%BA%EC%B2%E8"_s, chrome, S, u"wechat_search"_s, u"红茶"_s},
        {"wechat search wx.sogou", shop, u"https://wx.sogou.com/weixin?type=2&query=%E7%BA%A2%E8%8C%B6"_s, chrome, S, u"wechat_search"_s, u"红茶"_s},
        {"wechat in-app search", shop, {}, wechat, W, u"wechat_inapp"_s, {}},
        {"cn.bing full", shop, u"https://cn.bing.com/search?q=%E7%BA%A2%E8%8C%B6&qs=n&form=QBRE&sp=-1&pq=%E7%BA%A2&sc=10-1"_s, chrome, S, u"bing"_s, u"红茶"_s},
        {"cn.bing mobile", shop, u"https://cn.bing.com/search?q=%E7%BA%A2%E8%8C%B6&form=WSBQFC&PC=U316"_s, chrome, S, u"bing"_s, u"红茶"_s},
        // Google
        {"google", shop, u"https://www.google.com/search?q=longjing+tea"_s, chrome, S, u"google"_s, u"longjing tea"_s},
        {"google.com.hk", shop, u"https://www.google.com.hk/search?q=%E9%BE%99%E4%BA%95"_s, chrome, S, u"google"_s, u"龙井"_s},
        {"google.co.uk", shop, u"https://www.google.co.uk/search?q=tea"_s, chrome, S, u"google"_s, u"tea"_s},
        {"google hidden", shop, u"https://www.google.com/"_s, chrome, S, u"google"_s, {}},
        {"google url redirect", shop, u"https://www.google.com/url?sa=t&rct=j&q=&url=https%3A%2F%2Fshop"_s, chrome, S, u"google"_s, {}},
        {"google.de hidden", shop, u"https://www.google.de/"_s, chrome, S, u"google"_s, {}},
        {"google ie=GBK", shop, u"https://www.google.com.hk/search?q=%C1%FA%BE%AE&ie=GBK"_s, chrome, S, u"google"_s, u"龙井"_s},
        {"google android app", shop, u"android-app://com.google.android.googlequicksearchbox/https/www.google.com"_s, chrome, S, u"google"_s, {}},
        {"google maps is no search", shop, u"https://www.google.com/maps/place/West+Lake"_s, chrome, R, u"google.com"_s, {}},
        {"google gclid", u"https://shop.example.cn/?gclid=Cj0KCQ"_s, u"https://www.google.com/"_s, chrome, P, u"google"_s, {}},
        {"googleadservices", shop, u"https://www.googleadservices.com/pagead/aclk?sa=L&ai=D"_s, chrome, P, u"google"_s, {}},
        // Yandex
        {"yandex", shop, u"https://yandex.ru/search/?text=%D1%87%D0%B0%D0%B9"_s, chrome, S, u"yandex"_s, u"чай"_s},
        {"yandex hidden", shop, u"https://yandex.com/"_s, chrome, S, u"yandex"_s, {}},
        {"yandex.com.tr", shop, u"https://www.yandex.com.tr/search/?text=cay"_s, chrome, S, u"yandex"_s, u"cay"_s},
        {"yandex yclid", u"https://shop.example.cn/?yclid=123"_s, {}, chrome, P, u"yandex"_s, {}},
        // Other Matomo engines: regex params and charsets
        {"1.cz regex", shop, u"https://1.cz/s/tea"_s, chrome, S, u"1_cz"_s, u"tea"_s},
        {"gomeo regex", shop, u"http://www.gomeo.com/search/green%20tea"_s, chrome, S, u"gomeo"_s, u"green tea"_s},
        {"lookany regex", shop, u"http://www.lookany.com/images/teapot"_s, chrome, S, u"lookany"_s, u"teapot"_s},
        {"scour regex", shop, u"http://scour.com/search/web/oolong"_s, chrome, S, u"scour_com"_s, u"oolong"_s},
        {"mail.ru windows-1251", shop, u"https://go.mail.ru/search?q=%F7%E0%E9"_s, chrome, S, u"mailru"_s, u"чай"_s},
        {"nate euc-kr", shop, u"https://search.nate.com/search/all.html?q=%C2%F7"_s, chrome, S, u"nate"_s, u"차"_s},
        {"duckduckgo", shop, u"https://duckduckgo.com/?q=matcha"_s, chrome, S, u"duckduckgo"_s, u"matcha"_s},
        {"yahoo", shop, u"https://search.yahoo.com/search?p=green+tea"_s, chrome, S, u"yahoo"_s, u"green tea"_s},
        // WeChat
        {"wechat group", u"https://shop.example.cn/p/12?from=groupmessage&isappinstalled=0"_s, {},
        wechat, W, u"wechat_group"_s, {}},
        {"wechat moments", u"https://shop.example.cn/p/12?from=timeline&isappinstalled=0"_s, {},
        wechat, W, u"wechat_moments"_s, {}},
        {"wechat chat", u"https://shop.example.cn/p/12?from=singlemessage"_s, {},
        wechat, W, u"wechat_chat"_s, {}},
        {"wechat chat outside wechat", u"https://shop.example.cn/p/12?from=singlemessage&isappinstalled=0"_s, {},
        chrome, W, u"wechat_chat"_s, {}},
        {"wechat group in hash route", u"https://shop.example.cn/#/p/12?from=groupmessage"_s, {},
        wechat, W, u"wechat_group"_s, {}},
        {"wechat from beats gclid", u"https://shop.example.cn/?gclid=x&from=timeline"_s, {},
        wechat, W, u"wechat_moments"_s, {}},
        {"unknown from value", u"https://shop.example.cn/?from=baidu"_s, {},
        chrome, D, u"direct"_s, {}},
        {"official account article", shop, u"https://mp.weixin.qq.com/s/AbC123xyz"_s, wechat, W, u"wechat_article"_s, {}},
        {"article old style", shop, u"https://mp.weixin.qq.com/s?__biz=MzA5&mid=2650&idx=1"_s, wechat, W, u"wechat_article"_s, {}},
        {"wechat in-app", shop, {}, wechat, W, u"wechat_inapp"_s, {}},
        {"wecom in-app", shop, {}, wxwork, W, u"wechat_inapp"_s, {}},
        {"wechat ua but zhihu referrer", shop, u"https://www.zhihu.com/question/1"_s, wechat, SO, u"zhihu"_s, {}},
        {"mini program", shop, u"https://servicewechat.com/wx1234/12/page-frame.html"_s, wechat, W, u"wechat_miniprogram"_s, {}},
        {"wechat channels", shop, u"https://channels.weixin.qq.com/web/pages/feed"_s, wechat, W, u"wechat_channels"_s, {}},
        {"wechat android app", shop, u"android-app://com.tencent.mm/"_s, chrome, W, u"wechat_inapp"_s, {}},
        // Social
        {"zhihu", shop, u"https://www.zhihu.com/question/123"_s, chrome, SO, u"zhihu"_s, {}},
        {"zhihu column", shop, u"https://zhuanlan.zhihu.com/p/456"_s, chrome, SO, u"zhihu"_s, {}},
        {"zhihu link", shop, u"https://link.zhihu.com/?target=https%3A//shop.example.cn"_s, chrome, SO, u"zhihu"_s, {}},
        {"weibo", shop, u"https://weibo.com/u/123"_s, chrome, SO, u"weibo"_s, {}},
        {"m.weibo.cn", shop, u"https://m.weibo.cn/status/456"_s, chrome, SO, u"weibo"_s, {}},
        {"weibo.cn", shop, u"https://weibo.cn/sinaurl?u=https%3A%2F%2Fshop"_s, chrome, SO, u"weibo"_s, {}},
        {"t.cn", shop, u"http://t.cn/A6abc"_s, chrome, SO, u"weibo"_s, {}},
        {"douyin", shop, u"https://www.douyin.com/video/123"_s, chrome, SO, u"douyin"_s, {}},
        {"iesdouyin", shop, u"https://www.iesdouyin.com/share/video/123/"_s, chrome, SO, u"douyin"_s, {}},
        {"xiaohongshu", shop, u"https://www.xiaohongshu.com/explore/64ab"_s, chrome, SO, u"xiaohongshu"_s, {}},
        {"xhslink", shop, u"http://xhslink.com/a/xyz"_s, chrome, SO, u"xiaohongshu"_s, {}},
        {"toutiao", shop, u"https://m.toutiao.com/is/iRbj/"_s, chrome, SO, u"toutiao"_s, {}},
        {"bilibili", shop, u"https://www.bilibili.com/video/BV1xx411c7mD"_s, chrome, SO, u"bilibili"_s, {}},
        {"b23.tv", shop, u"https://b23.tv/abc"_s, chrome, SO, u"bilibili"_s, {}},
        {"kuaishou", shop, u"https://www.kuaishou.com/short-video/3x"_s, chrome, SO, u"kuaishou"_s, {}},
        {"kuaishou short link", shop, u"https://v.kuaishou.com/abc"_s, chrome, SO, u"kuaishou"_s, {}},
        {"douban", shop, u"https://www.douban.com/group/topic/1/"_s, chrome, SO, u"douban"_s, {}},
        {"facebook (matomo)", shop, u"https://l.facebook.com/l.php?u=https%3A%2F%2Fshop"_s, chrome, SO, u"facebook"_s, {}},
        {"twitter t.co (matomo)", shop, u"https://t.co/abc"_s, chrome, SO, u"twitter"_s, {}},
        {"weibo in-app", shop, {}, weiboApp, SO, u"weibo"_s, {}},
        {"douyin in-app", shop, {}, douyinApp, SO, u"douyin"_s, {}},
        {"xiaohongshu in-app", shop, {}, xhsApp, SO, u"xiaohongshu"_s, {}},
        // Platforms
        {"58.com", shop, u"https://bj.58.com/chaye/"_s, chrome, PF, u"58"_s, {}},
        {"ganji", shop, u"https://sh.ganji.com/x"_s, chrome, PF, u"ganji"_s, {}},
        // UTM
        {"utm beats referrer", u"https://shop.example.cn/?utm_source=newsletter&utm_medium=email&utm_campaign=spring"_s, u"https://www.baidu.com/s?wd=tea"_s, chrome, C, u"newsletter"_s, {}},
        {"utm cpc baidu", u"https://shop.example.cn/?utm_source=baidu&utm_medium=cpc&utm_term=%E9%BE%99%E4%BA%95"_s, u"https://www.baidu.com/"_s, chrome, P, u"baidu"_s, u"龙井"_s},
        {"utm PPC Google", u"https://shop.example.cn/?utm_source=Google&utm_medium=PPC&utm_term=Tea+Set"_s, {},
        chrome, P, u"google"_s, u"tea set"_s},
        {"utm sem so.com", u"https://shop.example.cn/?utm_source=so.com&utm_medium=sem"_s, {},
        chrome, P, u"360"_s, {}},
        {"utm paid host form", u"https://shop.example.cn/?utm_source=www.baidu.com&utm_medium=cpc"_s, {},
        chrome, P, u"baidu"_s, {}},
        {"utm paid but social", u"https://shop.example.cn/?utm_source=weibo&utm_medium=cpc"_s, {},
        chrome, C, u"weibo"_s, {}},
        {"utm organic baidu", u"https://shop.example.cn/?utm_source=baidu&utm_medium=organic"_s, {},
        chrome, C, u"baidu"_s, {}},
        {"utm beats wechat from", u"https://shop.example.cn/?utm_source=kol&utm_campaign=x&from=groupmessage"_s, {},
        wechat, C, u"kol"_s, {}},
        {"utm campaign only", u"https://shop.example.cn/?utm_campaign=double11"_s, {},
        chrome, C, u"(not set)"_s, {}},
        {"utm in hash route", u"https://shop.example.cn/#/p/1?utm_source=sms&utm_medium=text"_s, {},
        chrome, C, u"sms"_s, {}},
        {"utm chinese source", u"https://shop.example.cn/?utm_source=%E5%85%AC%E4%BC%97%E5%8F%B7&utm_term=%E5%A4%A7%E7%BA%A2%E8%A2%8D"_s, {},
        wechat, C, u"公众号"_s, u"大红袍"_s},
        {"empty utm_source", u"https://shop.example.cn/?utm_source=&utm_medium=x"_s, {},
        chrome, D, u"direct"_s, {}},
        // The shop's own site
        {"internal", shop, u"https://shop.example.cn/p/1"_s, chrome, D, u"direct"_s, {}},
        {"internal www", shop, u"https://www.shop.example.cn/"_s, chrome, D, u"direct"_s, {}},
        {"internal subdomain", shop, u"https://m.shop.example.cn/cart"_s, wechat, D, u"direct"_s, {}},
        {"internal upper case", shop, u"https://SHOP.EXAMPLE.CN/"_s, chrome, D, u"direct"_s, {}},
        {"look-alike host", shop, u"https://shop.example.cn.evil.com/"_s, chrome, R, u"shop.example.cn.evil.com"_s, {}},
        {"sibling host", shop, u"https://notshop.example.cn/"_s, chrome, R, u"notshop.example.cn"_s, {}},
        // Referral and direct
        {"referral", shop, u"https://www.example.org/blog/post"_s, chrome, R, u"example.org"_s, {}},
        {"referral port", shop, u"https://blog.example.org:8443/x"_s, chrome, R, u"blog.example.org"_s, {}},
        {"referral userinfo", shop, u"https://user:pw@Example.NET/x"_s, chrome, R, u"example.net"_s, {}},
        {"referral ip", shop, u"http://192.168.1.10/"_s, chrome, R, u"192.168.1.10"_s, {}},
        {"referral no scheme", shop, u"www.tea-forum.cn/t/1"_s, chrome, R, u"tea-forum.cn"_s, {}},
        {"direct", shop, {}, chrome, D, u"direct"_s, {}},
        {"direct no ua", shop, {}, {}, D, u"direct"_s, {}},
        {"garbage referrer", shop, u"not a url"_s, chrome, D, u"direct"_s, {}},
    };
    // clang-format on
}
