// bench_traffic [--sessions N] [--days D]: a one-year shop (default 3.6M sessions) generated into a
// temporary SQLite store; then, for date ranges and channel filters, the time the Traffic and
// Funnels panes' models take to reload from the daily aggregates, against the same figures
// computed from the raw sessions in the same run (and checked equal). Then the SEO keywords
// table over 7 days to a year: from the keyword spans, from the daily keyword rows alone (how it
// read them before schema step 6) and from the raw sessions, every row checked equal. Prints its
// figures (see README.md).
#include "ShopGenerator.h"
#include "analytics/ShopDay.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/TrafficBreakdownModel.h"
#include "itemmodels/TrafficDailyModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cstdio>

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

struct RawFigures
{
    qint64 sessions = 0, purchased = 0, revenue = 0, acquired = 0, groups = 0;
};

// What the panes show, computed from the raw sessions (and visitors) instead of the aggregates.
RawFigures rawFigures(Database &db, const TrafficFilter &f)
{
    RawFigures r;
    const QString where = QStringLiteral(" WHERE day >= ? AND day <= ?") + f.sqlCondition();
    auto bind = [&](QSqlQuery &q) {
        q.addBindValue(ShopDay::key(f.range.from()));
        q.addBindValue(ShopDay::key(f.range.to()));
        for (const QVariant &v : f.sqlValues())
            q.addBindValue(v);
    };
    QSqlQuery q(db.connection());
    // Sources (the tree), with the funnel steps.
    q.prepare(QStringLiteral("SELECT channel, source, COUNT(*), SUM(new_visitor), SUM(registered), "
                             "SUM(paid_orders), "
                             "SUM(revenue), SUM(CASE WHEN funnel_step >= 1 THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN funnel_step >= 2 THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN funnel_step >= 3 THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN funnel_step >= 4 THEN 1 ELSE 0 END) FROM sessions%1 "
                             "GROUP BY channel, source")
                  .arg(where));
    bind(q);
    q.exec();
    while (q.next()) {
        ++r.groups;
        r.sessions += q.value(2).toLongLong();
        r.revenue += q.value(6).toLongLong();
        r.purchased += q.value(10).toLongLong();
    }
    // Per day and channel (the stacked chart and the conversion line).
    q.prepare(QStringLiteral("SELECT day, channel, COUNT(*) FROM sessions%1 GROUP BY day, channel")
                  .arg(where));
    bind(q);
    q.exec();
    while (q.next()) {
    }
    // Keywords (drill-down and SEO table).
    q.prepare(
        QStringLiteral(
            "SELECT channel, source, keyword, COUNT(*) FROM sessions%1 AND keyword IS NOT NULL "
            "GROUP BY channel, source, keyword")
            .arg(where));
    bind(q);
    q.exec();
    while (q.next()) {
    }
    // The loop, per visitor acquired in the range.
    q.prepare(QStringLiteral("SELECT step, COUNT(*) FROM visitor_lifecycle WHERE first_day >= ? "
                             "AND first_day <= ?%1 "
                             "GROUP BY step")
                  .arg(f.sqlCondition()));
    bind(q);
    q.exec();
    while (q.next())
        r.acquired += q.value(1).toLongLong();
    return r;
}

// The SEO table's rows: (keyword, engine) → the six measures.
using KeywordRows = QMap<QPair<QString, QString>, std::array<qint64, 6>>;

KeywordRows rowsOf(const TrafficBreakdownModel &model)
{
    KeywordRows rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        std::array<qint64, 6> m;
        for (int c = 0; c < 6; ++c)
            m[c] = model.index(r, TrafficBreakdownModel::FirstMeasure + c)
                       .data(ItemRoles::RawValueRole)
                       .toLongLong();
        rows.insert(
            {model.index(r, TrafficBreakdownModel::Name).data(ItemRoles::RawValueRole).toString(),
             model.index(r, TrafficBreakdownModel::Source)
                 .data(ItemRoles::RawValueRole)
                 .toString()},
            m);
    }
    return rows;
}

KeywordRows rowsOf(QSqlQuery &q, const DateRange &range)
{
    q.addBindValue(ShopDay::key(range.from()));
    q.addBindValue(ShopDay::key(range.to()));
    KeywordRows rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        std::array<qint64, 6> m;
        for (int c = 0; c < 6; ++c)
            m[c] = q.value(2 + c).toLongLong();
        rows.insert({q.value(0).toString(), q.value(1).toString()}, m);
    }
    return rows;
}

// The SEO table from the raw sessions: visitors distinct per day (and channel, engine, keyword)
// and added up over the days, as every traffic table counts them.
KeywordRows rawKeywordRows(Database &db, const DateRange &range)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT keyword, source, SUM(n), SUM(v), SUM(nv), SUM(reg), SUM(o), SUM(rev) FROM "
        "(SELECT keyword, source, COUNT(*) AS n, COUNT(DISTINCT visitor_id) AS v, "
        "SUM(new_visitor) AS nv, SUM(registered) AS reg, SUM(paid_orders) AS o, "
        "SUM(revenue) AS rev FROM sessions WHERE day >= ? AND day <= ? "
        "AND channel IN ('search', 'paid_search') AND keyword IS NOT NULL AND keyword <> '' "
        "GROUP BY day, channel, source, keyword) AS per_day GROUP BY keyword, source"));
    return rowsOf(q, range);
}

// The SEO table as it was read before the keyword spans: every daily keyword row of the range.
KeywordRows dailyKeywordRows(Database &db, const DateRange &range)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT keyword, source, SUM(sessions), SUM(visitors), "
                             "SUM(new_visitors), SUM(registrations), SUM(orders), SUM(revenue) "
                             "FROM traffic_keywords_daily WHERE day >= ? AND day <= ? AND "
                             "channel IN ('search', 'paid_search') GROUP BY keyword, source"));
    return rowsOf(q, range);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sessionsOpt(QStringLiteral("sessions"),
                                         QStringLiteral("Sessions to generate."),
                                         QStringLiteral("n"), QStringLiteral("3600000"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("Days of history."),
                                     QStringLiteral("n"), QStringLiteral("365"));
    parser.addOptions({sessionsOpt, daysOpt});
    parser.process(app);
    const qint64 sessions = parser.value(sessionsOpt).toLongLong();
    const int days = parser.value(daysOpt).toInt();

    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_TRAFFIC_KEEP"))
        dir.setAutoRemove(false), out << "store kept in " << dir.path() << Qt::endl;
    QString error;
    auto db =
        Database::open(StoreLocation::parse(dir.filePath(QStringLiteral("bench.sqlite"))), &error);
    if (!db) {
        out << "cannot open store: " << error << Qt::endl;
        return 1;
    }
    ShopGenerator generator(*db, sessions, days);
    if (!generator.run(&error)) {
        out << "generation failed: " << error << Qt::endl;
        return 1;
    }
    QSqlQuery count(db->connection());
    count.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM sessions), (SELECT COUNT(*) FROM visitor_lifecycle), "
        "(SELECT COUNT(*) FROM traffic_daily), (SELECT COUNT(*) FROM traffic_keywords_daily), "
        "(SELECT COUNT(*) FROM lifecycle_daily), (SELECT COUNT(*) FROM traffic_keywords_spans), "
        "(SELECT COUNT(*) FROM sessions WHERE keyword IS NOT NULL)"));
    count.next();
    out << QStringLiteral(
               "store: %1 sessions (%8 with a keyword), %2 visitors over %3 days; aggregates: "
               "traffic_daily %4 rows, keywords daily %5, keyword spans %9, lifecycle_daily %6; "
               "file %7 MB")
               .arg(count.value(0).toLongLong())
               .arg(count.value(1).toLongLong())
               .arg(days)
               .arg(count.value(2).toLongLong())
               .arg(count.value(3).toLongLong())
               .arg(count.value(4).toLongLong())
               .arg(QFileInfo(dir.filePath(QStringLiteral("bench.sqlite"))).size() / 1e6, 0, 'f', 0)
               .arg(count.value(6).toLongLong())
               .arg(count.value(5).toLongLong())
        << Qt::endl;
    out << QStringLiteral("generated in %1 s, aggregates built (every day) in %2 s")
               .arg(generator.insertSeconds(), 0, 'f', 1)
               .arg(generator.aggregateSeconds(), 0, 'f', 1)
        << Qt::endl
        << Qt::endl;

    TrafficSourceTreeModel tree(*db);
    TrafficDailyModel daily(*db);
    TrafficBreakdownModel wechat(*db, TrafficBreakdownModel::Kind::SourcesOfChannel);
    wechat.setChannel(QStringLiteral("wechat"));
    TrafficBreakdownModel keywords(*db, TrafficBreakdownModel::Kind::SearchKeywords);
    FunnelModel funnel(*db);
    LifecycleFunnelModel lifecycle(*db);

    const QDate last = QDate(2025, 11, 25).addDays(days - 1);
    struct Case
    {
        int days;
        QString channel;
        TrafficFilter::Comparison comparison;
    };
    const QList<Case> cases = {
        {7, {}, TrafficFilter::Comparison::WeekEarlier},
        {30, {}, TrafficFilter::Comparison::PreviousPeriod},
        {30, QStringLiteral("search"), TrafficFilter::Comparison::None},
        {90, QStringLiteral("wechat"), TrafficFilter::Comparison::PreviousPeriod},
        {days / 2, {}, TrafficFilter::Comparison::PreviousPeriod},
        {days, {}, TrafficFilter::Comparison::None},
        {days, QStringLiteral("search"), TrafficFilter::Comparison::None}};
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
               .arg(QStringLiteral("range"), -6)
               .arg(QStringLiteral("channel"), -8)
               .arg(QStringLiteral("compare"), -9)
               .arg(QStringLiteral("traffic ms"), 11)
               .arg(QStringLiteral("funnels ms"), 11)
               .arg(QStringLiteral("SEO tab ms"), 11)
               .arg(QStringLiteral("raw ms"), 9)
               .arg(QStringLiteral("raw/aggregates"), 15)
        << Qt::endl;
    bool allEqual = true;
    double worst = 0;
    for (const Case &c : cases) {
        TrafficFilter f;
        f.range = DateRange(last.addDays(1 - c.days), last);
        f.channel = c.channel;
        f.comparison = c.comparison;
        QList<double> trafficMs, funnelMs, seoMs, rawMs;
        RawFigures raw;
        for (int rep = 0; rep < 3; ++rep) {
            // Alternate with a neighbouring range so that nothing is served from a model's cache.
            TrafficFilter other = f;
            other.range = DateRange(f.range.from().addDays(-1), f.range.to().addDays(-1));
            for (const TrafficFilter &g : {other, f}) {
                QElapsedTimer t;
                t.start();
                // The Traffic pane as it opens: drill-down, per-day chart, WeChat table.
                tree.setFilter(g);
                daily.setFilter(g);
                wechat.setFilter(g);
                const double traffic = t.nsecsElapsed() / 1e6;
                t.restart();
                funnel.setFilter(g);
                lifecycle.setFilter(g);
                daily.setFilter(g);
                const double funnels = t.nsecsElapsed() / 1e6;
                t.restart();
                keywords.setFilter(g); // the SEO tab, loaded when shown
                const double seo = t.nsecsElapsed() / 1e6;
                if (g == f) {
                    trafficMs << traffic;
                    funnelMs << funnels;
                    seoMs << seo;
                }
            }
        }
        for (int rep = 0; rep < 3; ++rep) {
            QElapsedTimer t;
            t.start();
            raw = rawFigures(*db, f);
            rawMs << t.nsecsElapsed() / 1e6;
        }
        const bool equal =
            raw.sessions == tree.totals().sessions && raw.revenue == tree.totals().revenue &&
            raw.purchased == funnel.countAt(4) && raw.acquired == lifecycle.countAt(0);
        allEqual = allEqual && equal;
        const double modelMs = median(trafficMs) + median(funnelMs);
        worst = qMax(worst, modelMs);
        const QString compare =
            c.comparison == TrafficFilter::Comparison::None          ? QStringLiteral("-")
            : c.comparison == TrafficFilter::Comparison::WeekEarlier ? QStringLiteral("week")
                                                                     : QStringLiteral("previous");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(QStringLiteral("%1d").arg(c.days), -6)
                   .arg(c.channel.isEmpty() ? QStringLiteral("all") : c.channel, -8)
                   .arg(compare, -9)
                   .arg(median(trafficMs), 11, 'f', 1)
                   .arg(median(funnelMs), 11, 'f', 1)
                   .arg(median(seoMs), 11, 'f', 1)
                   .arg(median(rawMs), 9, 'f', 1)
                   .arg(QStringLiteral("%1x").arg(median(rawMs) / modelMs, 0, 'f', 1), 15)
                   .arg(equal ? QStringLiteral("figures equal (%1 sessions)").arg(raw.sessions)
                              : QStringLiteral("FIGURES DIFFER"))
            << Qt::endl;
    }
    out << Qt::endl
        << QStringLiteral("slowest redraw (traffic + funnels models): %1 ms; goal < 100 ms: %2; "
                          "raw and aggregate "
                          "figures %3")
               .arg(worst, 0, 'f', 1)
               .arg(worst < 100 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(allEqual ? QStringLiteral("equal") : QStringLiteral("DIFFER"))
        << Qt::endl
        << Qt::endl;

    // The SEO keywords table (all channels: both search channels), every row and measure
    // compared with the raw sessions and with the daily keyword rows.
    out << QStringLiteral("SEO keywords table, all channels (median of 5):") << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
               .arg(QStringLiteral("range"), -6)
               .arg(QStringLiteral("rows"), 5)
               .arg(QStringLiteral("model ms"), 9)
               .arg(QStringLiteral("(max)"), 7)
               .arg(QStringLiteral("daily-rows ms"), 14)
               .arg(QStringLiteral("raw ms"), 9)
               .arg(QStringLiteral("raw/model"), 10)
               .arg(QStringLiteral("daily/model"), 12)
        << Qt::endl;
    bool keywordsEqual = true;
    double worstKeywords = 0;
    for (int n : {7, 30, 90, 182, days}) {
        TrafficFilter f;
        f.range = DateRange(last.addDays(1 - n), last);
        QList<double> modelMs, dailyMs, rawMs;
        KeywordRows shown, daily, raw;
        for (int rep = 0; rep < 5; ++rep) {
            TrafficFilter other = f;
            other.range = DateRange(f.range.from().addDays(-1), f.range.to().addDays(-1));
            keywords.setFilter(other); // nothing from the model's last filter
            QElapsedTimer t;
            t.start();
            keywords.setFilter(f);
            modelMs << t.nsecsElapsed() / 1e6;
            t.restart();
            daily = dailyKeywordRows(*db, f.range);
            dailyMs << t.nsecsElapsed() / 1e6;
            t.restart();
            raw = rawKeywordRows(*db, f.range);
            rawMs << t.nsecsElapsed() / 1e6;
        }
        shown = rowsOf(keywords);
        const bool equal = !raw.isEmpty() && shown == raw && daily == raw;
        keywordsEqual = keywordsEqual && equal;
        const double slowest = *std::max_element(modelMs.cbegin(), modelMs.cend());
        worstKeywords = qMax(worstKeywords, slowest);
        qint64 sessionsShown = 0;
        for (const auto &m : std::as_const(shown))
            sessionsShown += m[0];
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(QStringLiteral("%1d").arg(n), -6)
                   .arg(shown.size(), 5)
                   .arg(median(modelMs), 9, 'f', 1)
                   .arg(slowest, 7, 'f', 1)
                   .arg(median(dailyMs), 14, 'f', 1)
                   .arg(median(rawMs), 9, 'f', 1)
                   .arg(QStringLiteral("%1x").arg(median(rawMs) / median(modelMs), 0, 'f', 1), 10)
                   .arg(QStringLiteral("%1x").arg(median(dailyMs) / median(modelMs), 0, 'f', 1), 12)
                   .arg(equal ? QStringLiteral("rows equal (%1 sessions)").arg(sessionsShown)
                              : QStringLiteral("ROWS DIFFER"))
            << Qt::endl;
    }
    out << Qt::endl
        << QStringLiteral("slowest SEO keywords table (any range, any run): %1 ms; goal < 100 "
                          "ms: %2; raw and model rows %3")
               .arg(worstKeywords, 0, 'f', 1)
               .arg(worstKeywords < 100 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(keywordsEqual ? QStringLiteral("equal") : QStringLiteral("DIFFER"))
        << Qt::endl;
    return allEqual && keywordsEqual ? 0 : 1;
}
