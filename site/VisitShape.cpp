#include "VisitShape.h"

#include "JsonWriter.h"
#include "Rng.h"
#include "SearchKeywords.h"

#include <iterator>

namespace {

// Landing weights in PageKind order: product, home, category, article, activity, search.
struct Shape
{
    int landing[6];
    double bounce;
};

Shape shapeOf(TrafficMix::Source s)
{
    switch (s) {
    case TrafficMix::BaiduPc:
    case TrafficMix::BaiduMobile:
    case TrafficMix::Sogou:
    case TrafficMix::So360:
    case TrafficMix::Shenma:
    case TrafficMix::Bing:
    case TrafficMix::Google:
        return {{55, 15, 20, 10, 0, 0}, 0.35}; // a keyword that names a product lands on it
    case TrafficMix::BaiduCpc:
        return {{70, 10, 0, 0, 20, 0}, 0.45};
    case TrafficMix::WechatGroup:
        return {{65, 10, 0, 10, 15, 0}, 0.45};
    case TrafficMix::WechatTimeline:
        return {{60, 10, 0, 15, 15, 0}, 0.55};
    case TrafficMix::WechatSingle:
        return {{70, 10, 0, 10, 10, 0}, 0.35};
    case TrafficMix::WechatOfficialAccount:
        return {{15, 5, 0, 70, 10, 0}, 0.70}; // article readers mostly read and leave
    case TrafficMix::WechatInApp:
        return {{40, 40, 0, 0, 0, 20}, 0.30};
    case TrafficMix::Zhihu:
    case TrafficMix::Toutiao:
        return {{40, 10, 0, 50, 0, 0}, 0.60};
    case TrafficMix::Douyin:
    case TrafficMix::Kuaishou:
        return {{80, 0, 0, 0, 20, 0}, 0.55};
    case TrafficMix::Weibo:
        return {{40, 10, 0, 20, 30, 0}, 0.60};
    case TrafficMix::Xiaohongshu:
        return {{70, 10, 0, 20, 0, 0}, 0.45};
    case TrafficMix::Bilibili:
        return {{50, 20, 0, 30, 0, 0}, 0.50};
    case TrafficMix::City58:
    case TrafficMix::Ganji:
        return {{50, 50, 0, 0, 0, 0}, 0.50};
    case TrafficMix::UtmCampaign:
        return {{50, 10, 0, 0, 40, 0}, 0.40};
    case TrafficMix::Internal:
        return {{60, 20, 20, 0, 0, 0}, 0.20};
    case TrafficMix::Direct:
    case TrafficMix::SourceCount:
        break;
    }
    return {{30, 60, 0, 0, 0, 10}, 0.25}; // direct: returning buyers type the address
}

const char *const kCategories[] = {"lvcha", "puer", "baicha", "hongcha", "chaju"};
const char *const kActivities[] = {"spring-tea", "mid-autumn-gift", "member-day"};
constexpr int kArticles = 48;

} // namespace

PageKind VisitShape::pickLanding(TrafficMix::Source source, Rng &rng)
{
    const Shape shape = shapeOf(source);
    int total = 0;
    for (int w : shape.landing)
        total += w;
    int x = int(rng.below(quint32(total)));
    for (int k = 0; k < 6; ++k) {
        if (x < shape.landing[k])
            return PageKind(k);
        x -= shape.landing[k];
    }
    return PageKind::Home;
}

double VisitShape::bounceChance(TrafficMix::Source source)
{
    return shapeOf(source).bounce;
}

quint8 VisitShape::pickDetail(PageKind kind, Rng &rng)
{
    switch (kind) {
    case PageKind::Category:
        return quint8(rng.below(quint32(std::size(kCategories))));
    case PageKind::Article:
        return quint8(1 + rng.below(kArticles));
    case PageKind::Activity:
        return quint8(rng.below(quint32(std::size(kActivities))));
    case PageKind::Search:
        return quint8(rng.below(quint32(std::size(kSearchKeywords))));
    case PageKind::Product:
    case PageKind::Home:
        break;
    }
    return 0;
}

void VisitShape::appendPath(QByteArray &out, PageKind kind, quint8 detail)
{
    switch (kind) {
    case PageKind::Product:
    case PageKind::Home:
        out.append('/');
        return;
    case PageKind::Category:
        out.append("/c/").append(kCategories[detail % std::size(kCategories)]);
        return;
    case PageKind::Article:
        out.append("/article/");
        JsonWriter::appendInt(out, detail);
        return;
    case PageKind::Activity:
        out.append("/activity/").append(kActivities[detail % std::size(kActivities)]);
        return;
    case PageKind::Search:
        out.append("/search?q=")
            .append(kSearchKeywords[detail % std::size(kSearchKeywords)].utf8Pct);
        return;
    }
}

namespace {

enum class Kin {
    WechatShare,
    WechatArticle,
    WechatInApp,
    Social,
    Search,
    Classifieds,
    Campaign,
    Direct,
    Unknown
};

Kin kinOf(int source)
{
    using S = TrafficMix::Source;
    if (source >= TrafficMix::SourceCount)
        return Kin::Unknown;
    const auto s = S(source);
    if (TrafficMix::isWechatShare(s))
        return Kin::WechatShare;
    switch (s) {
    case S::WechatOfficialAccount:
        return Kin::WechatArticle;
    case S::WechatInApp:
        return Kin::WechatInApp;
    case S::Zhihu:
    case S::Douyin:
    case S::Weibo:
    case S::Xiaohongshu:
    case S::Toutiao:
    case S::Bilibili:
    case S::Kuaishou:
        return Kin::Social;
    case S::City58:
    case S::Ganji:
        return Kin::Classifieds;
    case S::UtmCampaign:
        return Kin::Campaign;
    case S::Internal:
    case S::Direct:
        return Kin::Direct;
    default:
        return Kin::Search;
    }
}

struct Habit
{
    double loyalty, patienceDays, recruiting;
};

Habit habitOf(int source)
{
    switch (kinOf(source)) {
    case Kin::WechatShare:
        return {0.9, 120, 1.0};
    case Kin::WechatArticle:
        return {0.75, 90, 0.6};
    case Kin::WechatInApp:
        return {0.6, 60, 0.5};
    case Kin::Social:
        return {0.45, 40, 0.45};
    case Kin::Search:
        return {0.3, 20, 0.2};
    case Kin::Classifieds:
        return {0.3, 25, 0.3};
    case Kin::Campaign:
        return {0.4, 30, 0.3};
    case Kin::Direct:
        return {0.65, 60, 0.4};
    case Kin::Unknown:
        break;
    }
    return {0.6, 90, 0.5};
}

} // namespace

double VisitShape::loyalty(int source)
{
    return habitOf(source).loyalty;
}

double VisitShape::patienceDays(int source)
{
    return habitOf(source).patienceDays;
}

double VisitShape::recruiting(int source)
{
    return habitOf(source).recruiting;
}
