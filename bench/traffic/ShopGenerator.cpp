#include "ShopGenerator.h"

#include "analytics/LifecycleDerivation.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficAggregates.h"
#include "core/ShopCalendar.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct SourceMix
{
    const char *channel;
    const char *source;
    const char *referrer;
    int weight; // per mille
    bool keywords;
};

// Roughly a WeChat-heavy Chinese shop.
const SourceMix kMix[] = {
    {"wechat", "wechat_group", nullptr, 170, false},
    {"wechat", "wechat_moments", nullptr, 110, false},
    {"wechat", "wechat_chat", nullptr, 70, false},
    {"wechat", "wechat_article", "https://mp.weixin.qq.com/s/x", 60, false},
    {"wechat", "wechat_inapp", nullptr, 40, false},
    {"search", "baidu", "https://www.baidu.com/s?wd=", 150, true},
    {"search", "sogou", "https://www.sogou.com/web?query=", 30, true},
    {"search", "so360", "https://www.so.com/s?q=", 25, true},
    {"search", "shenma", "https://m.sm.cn/s?q=", 25, true},
    {"search", "bing", "https://cn.bing.com/search?q=", 15, true},
    {"paid_search", "baidu", "https://www.baidu.com/baidu.php?url=", 40, true},
    {"social", "zhihu", "https://www.zhihu.com/question/1", 30, false},
    {"social", "xiaohongshu", "https://www.xiaohongshu.com/explore/1", 35, false},
    {"social", "douyin", "https://www.douyin.com/video/1", 30, false},
    {"social", "weibo", "https://weibo.com/1", 15, false},
    {"platform", "58", "https://bj.58.com/x", 10, false},
    {"campaign", "newsletter", nullptr, 20, false},
    {"referral", "tea.example.com", "https://tea.example.com/", 20, false},
    {"direct", "direct", nullptr, 115, false},
};

} // namespace

bool ShopGenerator::run(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral(
            "INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) VALUES "
            "('bench', '山野茶舍', 'CNY', 'Asia/Shanghai', '[]', 0)"))) {
        *error = q.lastError().text();
        return false;
    }
    const ShopCalendar calendar("Asia/Shanghai");
    const QDate first = QDate(2025, 11, 25);
    QRandomGenerator rng(20261125);
    int cumulative[std::size(kMix)];
    int total = 0;
    for (size_t i = 0; i < std::size(kMix); ++i)
        cumulative[i] = (total += kMix[i].weight);
    QStringList keywords;
    const QStringList teas = {QStringLiteral("龙井"),     QStringLiteral("碧螺春"),
                              QStringLiteral("正山小种"), QStringLiteral("普洱"),
                              QStringLiteral("铁观音"),   QStringLiteral("大红袍"),
                              QStringLiteral("白茶"),     QStringLiteral("茉莉花茶")};
    const QStringList mods = {QString(),
                              QStringLiteral("价格"),
                              QStringLiteral("礼盒"),
                              QStringLiteral("正宗"),
                              QStringLiteral("2025新茶"),
                              QStringLiteral("怎么泡"),
                              QStringLiteral("哪里买"),
                              QStringLiteral("功效"),
                              QStringLiteral("500g"),
                              QStringLiteral("明前")};
    for (const QString &t : teas)
        for (const QString &m : mods)
            keywords << (m.isEmpty() ? t : t + QLatin1Char(' ') + m);

    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    QSqlQuery ins(conn);
    ins.prepare(QStringLiteral(
        "INSERT INTO sessions (id, visitor_id, started_at, landing_url, referrer_url, user_agent, "
        "day, channel, "
        "source, keyword, new_visitor, funnel_step, registered, paid_orders, revenue) "
        "VALUES (?, ?, ?, ?, ?, 'Mozilla/5.0', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery visitor(conn);
    visitor.prepare(QStringLiteral(
        "INSERT INTO visitor_lifecycle (visitor_id, first_day, first_at, channel, source, "
        "step) VALUES (?, ?, ?, ?, ?, ?)"));
    // Weekly rhythm (weekends busier) and growth over the year; sessions per day sum to m_sessions.
    QList<double> dayWeight;
    double weightSum = 0;
    for (int d = 0; d < m_days; ++d) {
        const int dow = first.addDays(d).dayOfWeek();
        const double w = (dow >= 6 ? 1.25 : 1.0) * (0.8 + 0.4 * d / m_days);
        dayWeight << w;
        weightSum += w;
    }
    qint64 sessionNo = 0;
    qint64 visitorCount = 0;
    for (int d = 0; d < m_days && sessionNo < m_sessions; ++d) {
        const QDate day = first.addDays(d);
        const int dayKey = ShopDay::key(day);
        const qint64 start = calendar.startOfDay(day);
        const qint64 n = d == m_days - 1 ? m_sessions - sessionNo
                                         : qint64(m_sessions * dayWeight[d] / weightSum);
        for (qint64 i = 0; i < n; ++i, ++sessionNo) {
            const int pick = int(rng.bounded(total));
            size_t s = 0;
            while (cumulative[s] <= pick)
                ++s;
            const SourceMix &mix = kMix[s];
            // 60% of sessions are a new visitor; the rest return under an earlier visitor id.
            const bool isNew = visitorCount == 0 || rng.bounded(100) < 60;
            const qint64 v = isNew ? visitorCount++ : qint64(rng.bounded(quint32(visitorCount)));
            const int depthRoll = int(rng.bounded(1000));
            const int depth = depthRoll < 450   ? 0
                              : depthRoll < 800 ? 1
                              : depthRoll < 900 ? 2
                              : depthRoll < 950 ? 3
                                                : 4;
            const qint64 paid = depth == 4 ? 1 : 0;
            const QString kw = mix.keywords && rng.bounded(100) < 35
                                   ? keywords.at(int(rng.bounded(quint32(keywords.size()))))
                                   : QString();
            const qint64 at = start + qint64(rng.bounded(86400000u));
            ins.addBindValue(QStringLiteral("s%1").arg(sessionNo));
            ins.addBindValue(QStringLiteral("v%1").arg(v));
            ins.addBindValue(at);
            ins.addBindValue(QStringLiteral("https://shop.example.cn/p/%1").arg(rng.bounded(200)));
            ins.addBindValue(mix.referrer ? QVariant(QString::fromLatin1(mix.referrer) + kw)
                                          : QVariant(QMetaType(QMetaType::QString)));
            ins.addBindValue(dayKey);
            ins.addBindValue(QString::fromLatin1(mix.channel));
            ins.addBindValue(QString::fromLatin1(mix.source));
            ins.addBindValue(kw.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(kw));
            ins.addBindValue(isNew ? 1 : 0);
            ins.addBindValue(depth);
            ins.addBindValue(rng.bounded(100) < 8 ? 1 : 0);
            ins.addBindValue(paid);
            ins.addBindValue(paid ? qint64(5000 + rng.bounded(60000)) : 0);
            if (!ins.exec()) {
                *error = ins.lastError().text();
                conn.rollback();
                return false;
            }
            if (isNew) {
                const int roll = int(rng.bounded(1000));
                const int step = roll < 700   ? 0
                                 : roll < 820 ? 1
                                 : roll < 900 ? 2
                                 : roll < 950 ? 3
                                 : roll < 980 ? 4
                                 : roll < 992 ? 5
                                              : 6;
                visitor.addBindValue(QStringLiteral("v%1").arg(v));
                visitor.addBindValue(dayKey);
                visitor.addBindValue(at);
                visitor.addBindValue(QString::fromLatin1(mix.channel));
                visitor.addBindValue(QString::fromLatin1(mix.source));
                visitor.addBindValue(step);
                if (!visitor.exec()) {
                    *error = visitor.lastError().text();
                    conn.rollback();
                    return false;
                }
            }
        }
    }
    if (!conn.commit()) {
        *error = conn.lastError().text();
        return false;
    }
    m_insertSeconds = timer.restart() / 1000.0;
    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    LifecycleDerivation lifecycle(m_db);
    if (!TrafficAggregates::rebuildAll(m_db, error) || !lifecycle.rebuildAllDays(error) ||
        !conn.commit()) {
        conn.rollback();
        return false;
    }
    m_aggregateSeconds = timer.elapsed() / 1000.0;
    return true;
}
