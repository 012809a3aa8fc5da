// Generated once by a small Python snippet (UTF-8 and GBK percent-encodings of search keywords).
// Do not edit by hand; the GBK column exists because Qt has no GBK codec without ICU.
#pragma once

struct SearchKeyword
{
    const char *text;
    const char *utf8Pct;
    const char *gbkPct;
};

inline constexpr SearchKeyword kSearchKeywords[] = {
    {"龙井", "%E9%BE%99%E4%BA%95", "%C1%FA%BE%AE"},
    {"西湖龙井", "%E8%A5%BF%E6%B9%96%E9%BE%99%E4%BA%95", "%CE%F7%BA%FE%C1%FA%BE%AE"},
    {"明前龙井 价格", "%E6%98%8E%E5%89%8D%E9%BE%99%E4%BA%95%20%E4%BB%B7%E6%A0%BC",
     "%C3%F7%C7%B0%C1%FA%BE%AE%20%BC%DB%B8%F1"},
    {"普洱茶 价格", "%E6%99%AE%E6%B4%B1%E8%8C%B6%20%E4%BB%B7%E6%A0%BC",
     "%C6%D5%B6%FD%B2%E8%20%BC%DB%B8%F1"},
    {"普洱 熟茶 饼", "%E6%99%AE%E6%B4%B1%20%E7%86%9F%E8%8C%B6%20%E9%A5%BC",
     "%C6%D5%B6%FD%20%CA%EC%B2%E8%20%B1%FD"},
    {"白茶 饼", "%E7%99%BD%E8%8C%B6%20%E9%A5%BC", "%B0%D7%B2%E8%20%B1%FD"},
    {"福鼎白茶", "%E7%A6%8F%E9%BC%8E%E7%99%BD%E8%8C%B6", "%B8%A3%B6%A6%B0%D7%B2%E8"},
    {"安吉白茶", "%E5%AE%89%E5%90%89%E7%99%BD%E8%8C%B6", "%B0%B2%BC%AA%B0%D7%B2%E8"},
    {"铁观音", "%E9%93%81%E8%A7%82%E9%9F%B3", "%CC%FA%B9%DB%D2%F4"},
    {"大红袍 怎么泡", "%E5%A4%A7%E7%BA%A2%E8%A2%8D%20%E6%80%8E%E4%B9%88%E6%B3%A1",
     "%B4%F3%BA%EC%C5%DB%20%D4%F5%C3%B4%C5%DD"},
    {"正山小种", "%E6%AD%A3%E5%B1%B1%E5%B0%8F%E7%A7%8D", "%D5%FD%C9%BD%D0%A1%D6%D6"},
    {"金骏眉 多少钱", "%E9%87%91%E9%AA%8F%E7%9C%89%20%E5%A4%9A%E5%B0%91%E9%92%B1",
     "%BD%F0%BF%A5%C3%BC%20%B6%E0%C9%D9%C7%AE"},
    {"滇红", "%E6%BB%87%E7%BA%A2", "%B5%E1%BA%EC"},
    {"茉莉花茶", "%E8%8C%89%E8%8E%89%E8%8A%B1%E8%8C%B6", "%DC%D4%C0%F2%BB%A8%B2%E8"},
    {"紫砂壶", "%E7%B4%AB%E7%A0%82%E5%A3%B6", "%D7%CF%C9%B0%BA%F8"},
    {"盖碗 茶具", "%E7%9B%96%E7%A2%97%20%E8%8C%B6%E5%85%B7", "%B8%C7%CD%EB%20%B2%E8%BE%DF"},
    {"茶叶 礼盒", "%E8%8C%B6%E5%8F%B6%20%E7%A4%BC%E7%9B%92", "%B2%E8%D2%B6%20%C0%F1%BA%D0"},
    {"山野茶舍", "%E5%B1%B1%E9%87%8E%E8%8C%B6%E8%88%8D", "%C9%BD%D2%B0%B2%E8%C9%E1"},
    {"碧螺春", "%E7%A2%A7%E8%9E%BA%E6%98%A5", "%B1%CC%C2%DD%B4%BA"},
    {"六安瓜片", "%E5%85%AD%E5%AE%89%E7%93%9C%E7%89%87", "%C1%F9%B0%B2%B9%CF%C6%AC"},
    {"黄山毛峰", "%E9%BB%84%E5%B1%B1%E6%AF%9B%E5%B3%B0", "%BB%C6%C9%BD%C3%AB%B7%E5"},
    {"凤凰单丛", "%E5%87%A4%E5%87%B0%E5%8D%95%E4%B8%9B", "%B7%EF%BB%CB%B5%A5%B4%D4"},
    {"小青柑", "%E5%B0%8F%E9%9D%92%E6%9F%91", "%D0%A1%C7%E0%B8%CC"},
    {"老白茶 收藏", "%E8%80%81%E7%99%BD%E8%8C%B6%20%E6%94%B6%E8%97%8F",
     "%C0%CF%B0%D7%B2%E8%20%CA%D5%B2%D8"},
    {"绿茶 减肥", "%E7%BB%BF%E8%8C%B6%20%E5%87%8F%E8%82%A5", "%C2%CC%B2%E8%20%BC%F5%B7%CA"},
    {"红茶 养胃", "%E7%BA%A2%E8%8C%B6%20%E5%85%BB%E8%83%83", "%BA%EC%B2%E8%20%D1%F8%CE%B8"},
    {"乌龙茶 品牌", "%E4%B9%8C%E9%BE%99%E8%8C%B6%20%E5%93%81%E7%89%8C",
     "%CE%DA%C1%FA%B2%E8%20%C6%B7%C5%C6"},
    {"送长辈 茶叶", "%E9%80%81%E9%95%BF%E8%BE%88%20%E8%8C%B6%E5%8F%B6",
     "%CB%CD%B3%A4%B1%B2%20%B2%E8%D2%B6"},
    {"办公室 茶具 套装", "%E5%8A%9E%E5%85%AC%E5%AE%A4%20%E8%8C%B6%E5%85%B7%20%E5%A5%97%E8%A3%85",
     "%B0%EC%B9%AB%CA%D2%20%B2%E8%BE%DF%20%CC%D7%D7%B0"},
    {"寿眉 煮茶", "%E5%AF%BF%E7%9C%89%20%E7%85%AE%E8%8C%B6", "%CA%D9%C3%BC%20%D6%F3%B2%E8"},
};
