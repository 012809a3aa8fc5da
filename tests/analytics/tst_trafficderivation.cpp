// Sync-time traffic analytics on a hand-built shop (TrafficFixture): classification, shop days,
// ordered funnel depth, the loop, late arrivals, reclassification. Runs with the machine's zone set
// to New York so that any use of local time instead of the shop's shows up.
#include "MachineTimeZone.h"
#include "TempStore.h"
#include "TrafficFixture.h"
#include "analytics/ClassifierRuleStore.h"
#include "analytics/KeywordSpans.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficReclassifier.h"
#include "analytics/TrafficTally.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/TrafficBreakdownModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "store/Migrations.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <array>
#include <cstdio>
#include <utility>

namespace {

QList<qint64> counts(const StepFunnelModel &model, bool compared = false)
{
    QList<qint64> list;
    for (int i = 0; i < model.stepCount(); ++i)
        list << (compared ? model.compareCountAt(i) : model.countAt(i));
    return list;
}

TrafficFilter range(int from, int to, const QString &channel = {})
{
    TrafficFilter f;
    f.range = DateRange(TrafficFixture::d(from), TrafficFixture::d(to));
    f.channel = channel;
    return f;
}

void fetchAll(QAbstractItemModel &model, const QModelIndex &parent = {})
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        fetchAll(model, model.index(row, 0, parent));
}

// Search visits over ten weeks across three months (26 January to 5 April 2026): organic Baidu
// and Sogou and paid Baidu (utm_term), four keywords; sessions come in pairs of one visitor with
// one keyword (so visitors differ from sessions); some register, some order.
bool loadKeywordShop(TrafficFixture &fx)
{
    const QStringList keywords = {QStringLiteral("龙井"), QStringLiteral("碧螺春 礼盒"),
                                  QStringLiteral("普洱"), QStringLiteral("white tea")};
    ParsedPage sessions, events, orders;
    sessions.collection = Collection::Sessions;
    events.collection = Collection::Events;
    orders.collection = Collection::Orders;
    const QDate first(2026, 1, 26);
    for (int i = 0; i < 70; ++i) {
        const QDate day = first.addDays(i);
        for (int j = 0; j < i % 5 + 1; ++j) {
            const QString id = QStringLiteral("k%1_%2").arg(i).arg(j);
            const QString visitor = QStringLiteral("kv%1").arg((i + j / 2) % 7);
            const QByteArray kw = QUrl::toPercentEncoding(keywords.at((i + j / 2) % 4));
            QString landing = QStringLiteral("https://shop.example.cn/p/1");
            QString referrer;
            switch ((i + j / 2) % 3) {
            case 0:
                referrer = QStringLiteral("https://www.baidu.com/s?wd=") + QString::fromLatin1(kw);
                break;
            case 1:
                referrer =
                    QStringLiteral("https://www.sogou.com/web?query=") + QString::fromLatin1(kw);
                break;
            default:
                landing += QStringLiteral("?utm_source=baidu&utm_medium=cpc&utm_term=") +
                           QString::fromLatin1(kw);
                referrer = QStringLiteral("https://www.baidu.com/");
            }
            // Late at night on the day's last session: still that shop day.
            const qint64 at = TrafficFixture::bj(day, j == 4 ? 23 : 9 + j, 30);
            sessions.sessions << TrafficFixture::session(id, visitor, at, landing, referrer);
            if (i % 6 == 1 && j == 0)
                events.events << TrafficFixture::event(QStringLiteral("ke%1").arg(i), id,
                                                       QStringLiteral("register"), at + 60000,
                                                       QStringLiteral("kc%1").arg(i));
            if (i % 4 == 2)
                orders.orders << TrafficFixture::order(QStringLiteral("ko%1_%2").arg(i).arg(j), {},
                                                       id, QStringLiteral("paid"), at + 120000,
                                                       1000 + 10 * i + j);
        }
    }
    return fx.writeShop() && fx.apply(events) && fx.apply(orders) && fx.apply(sessions);
}

struct Measures
{
    std::array<qint64, 6> sums{}; // sessions, visitors, new visitors, registrations, orders, fen
    QSet<QString> visitors;       // of one day
    bool operator==(const Measures &other) const { return sums == other.sums; }
};

// The keyword figures per (day, channel, source, keyword) from the sessions' rows: visitors are
// distinct per day, as every traffic table counts them.
QMap<QStringList, Measures> rawKeywordDays(Database &db)
{
    QMap<QStringList, Measures> days;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT day, channel, source, keyword, visitor_id, new_visitor, "
                               "registered, paid_orders, revenue FROM sessions WHERE channel IS "
                               "NOT NULL AND keyword IS NOT NULL AND keyword <> ''")))
        qWarning() << q.lastError().text();
    while (q.next()) {
        Measures &m = days[{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()}];
        m.visitors.insert(q.value(4).toString());
        m.sums[0] += 1;
        m.sums[1] = m.visitors.size();
        for (int c = 0; c < 4; ++c)
            m.sums[2 + c] += q.value(5 + c).toLongLong();
    }
    return days;
}

void add(std::array<qint64, 6> &to, const std::array<qint64, 6> &from)
{
    for (size_t c = 0; c < to.size(); ++c)
        to[c] += from[c];
}

// traffic_keywords_spans as it must be: the raw days summed per part of a month and per month,
// as TrafficFixture::dump() prints rows.
QStringList rawSpans(Database &db)
{
    QMap<QStringList, std::array<qint64, 6>> spans;
    const auto days = rawKeywordDays(db);
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const QDate day = ShopDay::date(it.key().at(0).toInt());
        const QStringList rest = it.key().mid(1);
        for (const auto &[span, start] :
             {std::pair{KeywordSpans::Part, KeywordSpans::partStart(day)},
              std::pair{KeywordSpans::Month, KeywordSpans::monthStart(day)}}) {
            auto &sums = spans[QStringList{QString::number(int(span)),
                                           QString::number(ShopDay::key(start))} +
                               rest];
            add(sums, it.value().sums);
        }
    }
    QStringList lines;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        QStringList cells = it.key();
        for (qint64 v : it.value())
            cells << QString::number(v);
        lines << cells.join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

using KeywordTable = QMap<QPair<QString, QString>, std::array<qint64, 6>>;

// The SEO table from the raw days: search channels only, or the one the filter names.
KeywordTable rawKeywordTable(Database &db, const TrafficFilter &f)
{
    KeywordTable table;
    const auto days = rawKeywordDays(db);
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const QDate day = ShopDay::date(it.key().at(0).toInt());
        const QString &channel = it.key().at(1);
        const bool searchChannel =
            channel == QLatin1String("search") || channel == QLatin1String("paid_search");
        const bool wanted =
            (f.channel == QLatin1String("search") || f.channel == QLatin1String("paid_search"))
                ? channel == f.channel
                : searchChannel;
        if (wanted && day >= f.range.from() && day <= f.range.to())
            add(table[{it.key().at(3), it.key().at(2)}], it.value().sums);
    }
    return table;
}

// The SEO table as the model read it before the keyword spans: the daily rows of the range.
KeywordTable dailyKeywordTable(Database &db, const TrafficFilter &f)
{
    QSqlQuery q(db.connection());
    const bool one =
        f.channel == QLatin1String("search") || f.channel == QLatin1String("paid_search");
    q.prepare(QStringLiteral("SELECT keyword, source, SUM(sessions), SUM(visitors), "
                             "SUM(new_visitors), SUM(registrations), SUM(orders), SUM(revenue) "
                             "FROM traffic_keywords_daily WHERE day >= ? AND day <= ? AND "
                             "channel IN ('search', 'paid_search')%1 GROUP BY keyword, source")
                  .arg(one ? QStringLiteral(" AND channel = ?") : QString()));
    q.addBindValue(ShopDay::key(f.range.from()));
    q.addBindValue(ShopDay::key(f.range.to()));
    if (one)
        q.addBindValue(f.channel);
    KeywordTable table;
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next()) {
        auto &sums = table[{q.value(0).toString(), q.value(1).toString()}];
        for (int c = 0; c < 6; ++c)
            sums[c] = q.value(2 + c).toLongLong();
    }
    return table;
}

KeywordTable shownKeywordTable(const TrafficBreakdownModel &model)
{
    KeywordTable table;
    for (int r = 0; r < model.rowCount(); ++r) {
        auto &sums = table[{model.index(r, TrafficBreakdownModel::Name).data().toString(),
                            model.index(r, TrafficBreakdownModel::Source)
                                .data(ItemRoles::RawValueRole)
                                .toString()}];
        for (int c = 0; c < 6; ++c)
            sums[c] = model.index(r, TrafficBreakdownModel::FirstMeasure + c)
                          .data(ItemRoles::RawValueRole)
                          .toLongLong();
    }
    return table;
}

QString describe(const KeywordTable &table)
{
    QStringList lines;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QStringList cells = {it.key().first, it.key().second};
        for (qint64 v : it.value())
            cells << QString::number(v);
        lines << cells.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

// Ranges an SEO table is asked for: single days, a part's and a month's edges, across months,
// the whole shop and beyond it.
QList<DateRange> keywordRanges()
{
    QList<DateRange> ranges;
    const QList<QPair<QDate, QDate>> pairs = {
        {QDate(2026, 1, 26), QDate(2026, 1, 26)}, {QDate(2026, 2, 1), QDate(2026, 2, 28)},
        {QDate(2026, 2, 8), QDate(2026, 2, 14)},  {QDate(2026, 2, 7), QDate(2026, 2, 15)},
        {QDate(2026, 2, 22), QDate(2026, 3, 7)},  {QDate(2026, 2, 27), QDate(2026, 3, 2)},
        {QDate(2026, 1, 28), QDate(2026, 3, 30)}, {QDate(2026, 3, 29), QDate(2026, 3, 31)},
        {QDate(2026, 1, 1), QDate(2026, 12, 31)}, {QDate(2025, 11, 20), QDate(2026, 4, 4)},
        {QDate(2026, 4, 6), QDate(2026, 5, 1)}};
    for (const auto &p : pairs)
        ranges << DateRange(p.first, p.second);
    return ranges;
}

// Every range and channel filter: the model shows exactly the rows of the raw days, which are
// the rows it showed when it summed the daily rows.
void compareKeywordTables(Database &db)
{
    TrafficBreakdownModel model(db, TrafficBreakdownModel::Kind::SearchKeywords);
    for (const DateRange &range : keywordRanges()) {
        for (const QString &channel : {QString(), QStringLiteral("search"),
                                       QStringLiteral("paid_search"), QStringLiteral("wechat")}) {
            TrafficFilter f;
            f.range = range;
            f.channel = channel;
            model.setFilter(f);
            const KeywordTable raw = rawKeywordTable(db, f);
            const KeywordTable shown = shownKeywordTable(model);
            const QString where = range.from().toString(Qt::ISODate) + QStringLiteral("..") +
                                  range.to().toString(Qt::ISODate) + QLatin1Char(' ') + channel;
            QVERIFY2(shown == raw,
                     qPrintable(where + QStringLiteral("\nshown:\n") + describe(shown) +
                                QStringLiteral("\nraw:\n") + describe(raw)));
            QVERIFY2(dailyKeywordTable(db, f) == raw, qPrintable(where));
        }
    }
}

// A page with one session of v3 on the 19th, earlier than the standard shop's: it arrives late.
ParsedPage earlierVisitOfV3()
{
    ParsedPage late;
    late.collection = Collection::Sessions;
    late.sessions = {TrafficFixture::session(QStringLiteral("s0"), QStringLiteral("v3"),
                                             TrafficFixture::bj(TrafficFixture::d(19), 8),
                                             QStringLiteral("https://shop.example.cn/"))};
    return late;
}

// Sessions of different visitors on d(20), landing on the shop directly.
struct Visit
{
    const char *id, *visitor;
    int hour; // Beijing time on d(20)
};
ParsedPage sessionsPage(const QList<Visit> &visits)
{
    ParsedPage page;
    page.collection = Collection::Sessions;
    for (const Visit &v : visits)
        page.sessions.append(
            TrafficFixture::session(QString::fromLatin1(v.id), QString::fromLatin1(v.visitor),
                                    TrafficFixture::bj(TrafficFixture::d(20), v.hour),
                                    QStringLiteral("https://shop.example.cn/")));
    return page;
}

} // namespace

class TestTrafficDerivation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The premise of the other tests: local time here is New York's (main() sets it), twelve or
    // thirteen hours from the shop's Asia/Shanghai, so a "day" taken in local time would come out
    // wrong. Checked through Qt's local time itself, which is what a slip into Qt::LocalTime would
    // use (QTimeZone::systemTimeZone() asks Windows, not the C runtime, so its id proves nothing).
    void machineZoneIsNotTheShops()
    {
        const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
        const QDateTime summer(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(winter.toLocalTime().offsetFromUtc(), -5 * 3600);
        QCOMPARE(summer.toLocalTime().offsetFromUtc(), -4 * 3600);
    }

    void sessionFacts()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, day, channel, source, COALESCE(keyword, ''), new_visitor, funnel_step, "
            "registered, paid_orders, revenue FROM sessions ORDER BY id")));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 10; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        const QStringList expected = {
            QStringLiteral("s1|20261120|search|baidu|龙井|1|4|1|1|19900"),
            QStringLiteral("s2|20261123|direct|direct|||0|0|0|1|10000")
                .replace(QStringLiteral("|||"), QStringLiteral("||")),
            // 00:30 in Beijing on the 21st is still the 20th in UTC and in New York.
            QStringLiteral("s3|20261121|wechat|wechat_group||1|1|0|0|0"),
            QStringLiteral("s4|20261121|social|zhihu||1|3|1|0|0"),
            QStringLiteral("s5|20261129|direct|direct||0|0|0|0|0"),
            QStringLiteral("s6|20261120|direct|direct||1|0|0|0|0"),
        };
        QCOMPARE(rows, expected);
    }

    void shopFunnelFromAggregates()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        FunnelModel model(store.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(range(20, 21));
        // s1 all four steps; s3 cart before view: viewed only; s4 view, cart, view, checkout; s6
        // none.
        QCOMPARE(counts(model), (QList<qint64>{4, 3, 2, 2, 1}));
        QCOMPARE(model.index(2, StepFunnelModel::ShareOfPrevious).data().toString(),
                 QStringLiteral("66.7%"));
        QCOMPARE(model.index(4, StepFunnelModel::ShareOfAll).data().toString(),
                 QStringLiteral("25.0%"));
        QCOMPARE(
            model.index(1, StepFunnelModel::DropOff).data(ItemRoles::RawValueRole).toLongLong(), 1);
        model.setFilter(range(20, 21, QStringLiteral("social")));
        QCOMPARE(counts(model), (QList<qint64>{1, 1, 1, 1, 0}));

        // A week later compared with the same weekdays a week earlier.
        TrafficFilter f = range(27, 28);
        f.comparison = TrafficFilter::Comparison::WeekEarlier;
        model.setFilter(f);
        QCOMPARE(counts(model), (QList<qint64>{0, 0, 0, 0, 0}));
        QCOMPARE(counts(model, true), (QList<qint64>{4, 3, 2, 2, 1}));
        QCOMPARE(model.index(4, StepFunnelModel::Change).data(ItemRoles::RawValueRole).toDouble(),
                 -0.25);
        // The previous period of the 22nd..23rd is the 20th..21st.
        f = range(22, 23);
        f.comparison = TrafficFilter::Comparison::PreviousPeriod;
        model.setFilter(f);
        QCOMPARE(counts(model), (QList<qint64>{1, 0, 0, 0, 0}));
        QCOMPARE(counts(model, true), (QList<qint64>{4, 3, 2, 2, 1}));
    }

    void lifecycleFunnel()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        LifecycleFunnelModel model(store.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(range(20, 21));
        // v1 reaches every step; v3 registered but came back only after 8 days; v2, v4 acquired
        // only.
        QCOMPARE(counts(model), (QList<qint64>{4, 2, 1, 1, 1, 1, 1}));
        model.setFilter(range(20, 21, QStringLiteral("social")));
        QCOMPARE(counts(model), (QList<qint64>{1, 1, 0, 0, 0, 0, 0}));
        // v1's second session on the 23rd is not an acquisition.
        model.setFilter(range(22, 30));
        QCOMPARE(counts(model), (QList<qint64>{0, 0, 0, 0, 0, 0, 0}));
    }

    void earlierSessionArrivingLate()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const ParsedPage late = earlierVisitOfV3();
        QVERIFY2(fx.apply(late), qPrintable(fx.error()));
        TrafficSourceTreeModel tree(store.db());
        tree.setFilter(range(20, 21));
        QCOMPARE(tree.totals().sessions, 4);
        QCOMPARE(tree.totals().newVisitors, 3); // s4 is no longer v3's first visit
        LifecycleFunnelModel model(store.db());
        model.setFilter(range(20, 21));
        QCOMPARE(counts(model), (QList<qint64>{3, 1, 1, 1, 1, 1, 1}));
        // v3 is now acquired on the 19th, directly; s4 two days later is a return; c3 follows.
        model.setFilter(range(19, 19));
        QCOMPARE(counts(model), (QList<qint64>{1, 1, 1, 1, 0, 0, 0}));
        model.setFilter(range(19, 19, QStringLiteral("direct")));
        QCOMPARE(model.countAt(0), 1);
    }

    void incrementalEqualsFromScratch()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const QStringList tables = {
            QStringLiteral("traffic_daily"), QStringLiteral("traffic_keywords_daily"),
            QStringLiteral("traffic_keywords_spans"), QStringLiteral("visitor_lifecycle"),
            QStringLiteral("lifecycle_daily")};
        QList<QStringList> incremental;
        for (const QString &t : tables)
            incremental << fx.dump(t);
        QCOMPARE(incremental.at(0).size(), 6);
        // s1's 龙井 on the 20th: its part (15-21 November) and its month.
        QCOMPARE(incremental.at(2),
                 (QStringList{QStringLiteral("31|20261101|search|baidu|龙井|1|1|1|1|1|19900"),
                              QStringLiteral("7|20261115|search|baidu|龙井|1|1|1|1|1|19900")}));
        QString error;
        QVERIFY2(TrafficReclassifier(store.db()).run(&error), qPrintable(error));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(fx.dump(tables.at(i)), incremental.at(i));
    }

    void firstSyncDerivedAtItsEnd()
    {
        const QStringList tables = {QStringLiteral("sessions"),
                                    QStringLiteral("traffic_daily"),
                                    QStringLiteral("traffic_keywords_daily"),
                                    QStringLiteral("traffic_keywords_spans"),
                                    QStringLiteral("visitor_lifecycle"),
                                    QStringLiteral("lifecycle_daily")};
        TempStore pageByPage;
        TrafficFixture a(pageByPage.db());
        QVERIFY2(a.loadStandardShop(), qPrintable(a.error()));
        TempStore firstSync;
        TrafficFixture b(firstSync.db(), TrafficFixture::DeferFirstSync);
        QVERIFY2(b.loadStandardShop(), qPrintable(b.error()));
        // A first sync's pages leave the sessions' facts and the aggregates to its end, and
        // the check the sync's finisher makes sees it.
        QVERIFY(b.dump(QStringLiteral("traffic_daily")).isEmpty());
        QVERIFY(TrafficReclassifier::needsDerivation(firstSync.db()));
        QString error;
        QVERIFY2(TrafficReclassifier(firstSync.db()).run(&error), qPrintable(error));
        QVERIFY(!TrafficReclassifier::needsDerivation(firstSync.db()));
        for (const QString &t : tables)
            QCOMPARE(b.dump(t), a.dump(t));
        // The next sync is not a first one: its pages are derived as they come, as a page by
        // page observer derives them (an earlier visit of v3, arriving late).
        const ParsedPage late = earlierVisitOfV3();
        QVERIFY2(a.apply(late), qPrintable(a.error()));
        QVERIFY2(b.apply(late), qPrintable(b.error()));
        QVERIFY(!TrafficReclassifier::needsDerivation(firstSync.db()));
        for (const QString &t : tables)
            QCOMPARE(b.dump(t), a.dump(t));
    }

    void killedFirstSyncStaysDeferred()
    {
        // A first sync killed after its sessions page: the next sync's observer finds the
        // derivation pending and leaves its pages to the finisher as well.
        TempStore store;
        {
            TrafficFixture killed(store.db(), TrafficFixture::DeferFirstSync);
            QVERIFY(killed.writeShop());
            QVERIFY2(killed.apply(sessionsPage({{"s1", "v1", 9}})), qPrintable(killed.error()));
        }
        QVERIFY(TrafficReclassifier::needsDerivation(store.db()));
        TrafficFixture resumed(store.db(), TrafficFixture::DeferFirstSync);
        QVERIFY2(resumed.apply(sessionsPage({{"s2", "v2", 10}})), qPrintable(resumed.error()));
        // Stamped as stored (day and source), but no first visits and no aggregates yet.
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(new_visitor) FROM sessions "
                                      "WHERE day = 20261120 AND channel IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 0);
        q.finish();
        QVERIFY(resumed.dump(QStringLiteral("traffic_daily")).isEmpty());
        QVERIFY(TrafficReclassifier::needsDerivation(store.db()));
        QString error;
        QVERIFY2(TrafficReclassifier(store.db()).run(&error), qPrintable(error));
        QVERIFY(!TrafficReclassifier::needsDerivation(store.db()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(new_visitor) FROM sessions "
                                      "WHERE day = 20261120 AND channel IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 2);
        q.finish();
        // The next page is a next sync's: derived as it comes.
        QVERIFY2(resumed.apply(sessionsPage({{"s3", "v3", 11}})), qPrintable(resumed.error()));
        QVERIFY(!TrafficReclassifier::needsDerivation(store.db()));
        QVERIFY(q.exec(QStringLiteral("SELECT new_visitor FROM sessions WHERE id = 's3'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void sessionsStoredBeforeStampingAreDerived()
    {
        // A store written by a version that classified sessions after storing them, killed in
        // its first sync: sessions without a day. They defer the next pages, the finisher
        // classifies them, and a repeat of one is stamped as it is stored again.
        TempStore store;
        {
            TrafficFixture older(store.db(), TrafficFixture::DeferFirstSync);
            QVERIFY(older.writeShop());
            QVERIFY2(older.apply(sessionsPage({{"s1", "v1", 9}, {"s2", "v2", 10}})),
                     qPrintable(older.error()));
        }
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET day = NULL, channel = NULL, "
                                      "source = NULL, keyword = NULL")));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'traffic_derivation_pending'")));
        QVERIFY(TrafficReclassifier::needsDerivation(store.db()));
        TrafficFixture resumed(store.db(), TrafficFixture::DeferFirstSync);
        QVERIFY2(resumed.apply(sessionsPage({{"s1", "v1", 9}})), qPrintable(resumed.error()));
        QVERIFY(q.exec(QStringLiteral("SELECT id, day, channel FROM sessions ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("s1"));
        QCOMPARE(q.value(1).toInt(), 20261120); // stamped on the repeat
        QVERIFY(!q.value(2).toString().isEmpty());
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull()); // s2 was not in the page
        q.finish();
        QVERIFY(resumed.dump(QStringLiteral("traffic_daily")).isEmpty()); // deferred
        QString error;
        QVERIFY2(TrafficReclassifier(store.db()).run(&error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(new_visitor) FROM sessions "
                                      "WHERE day = 20261120 AND channel IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 2);
        QVERIFY(!TrafficReclassifier::needsDerivation(store.db()));
    }

    void firstSyncWritesFactsOnlyInUnindexedColumns()
    {
        // The end of a first sync writes the facts of sessions stored with their stamp: none of
        // the columns it writes is indexed, and on PostgreSQL each page of sessions leaves room
        // for the new versions, so those updates need not touch an index.
        TempStore store;
        QSqlQuery q(store.db().connection());
        const QStringList facts = {QStringLiteral("new_visitor"), QStringLiteral("funnel_step"),
                                   QStringLiteral("registered"), QStringLiteral("paid_orders"),
                                   QStringLiteral("revenue")};
        const bool postgres = TempStore::usesPostgres();
        QVERIFY(q.exec(
            postgres ? QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON "
                                      "a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                                      "WHERE i.indrelid = 'sessions'::regclass")
                     : QStringLiteral("SELECT ii.name FROM pragma_index_list('sessions') il, "
                                      "pragma_index_info(il.name) ii")));
        QStringList indexed;
        while (q.next())
            indexed << q.value(0).toString();
        QVERIFY(indexed.contains(QStringLiteral("day")));
        for (const QString &column : facts)
            QVERIFY2(!indexed.contains(column), qPrintable(column));
        if (postgres) {
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = "
                        "'sessions'::regclass")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("fillfactor=50"));
        }
    }

    void tallyCountsEachVisitorOncePerGroup()
    {
        // v1 goes Baidu ("tea"), direct, Baidu ("tea") again; v2 Baidu ("cup"), all on one day;
        // v3 Baidu ("tea") the next day. Visitors are distinct per day, channel and source (and
        // keyword): v1 once in Baidu's rows although their Baidu visits are not adjacent.
        TrafficTally tally;
        const QString seo = QStringLiteral("seo"), baidu = QStringLiteral("baidu");
        const QString direct = QStringLiteral("direct");
        tally.add({QStringLiteral("v1"), 20261120, seo, baidu, QStringLiteral("tea"), true, 4, true,
                   1, 19900});
        tally.add(
            {QStringLiteral("v1"), 20261120, direct, direct, QString(), false, 1, false, 0, 0});
        tally.add({QStringLiteral("v1"), 20261120, seo, baidu, QStringLiteral("tea"), false, 2,
                   false, 0, 0});
        tally.add({QStringLiteral("v2"), 20261120, seo, baidu, QStringLiteral("cup"), true, 0,
                   false, 0, 0});
        tally.add({QStringLiteral("v3"), 20261121, seo, baidu, QStringLiteral("tea"), true, 3,
                   false, 2, 500});
        auto sorted = [](QList<QVariantList> rows) {
            QStringList lines;
            for (const QVariantList &row : rows) {
                QStringList fields;
                for (const QVariant &v : row)
                    fields << v.toString();
                lines << fields.join(u'|');
            }
            lines.sort();
            return lines;
        };
        // day|channel|source|sessions|visitors|new|registrations|orders|revenue|viewed|carted|
        // checked out|purchased
        QCOMPARE(sorted(tally.dailyRows()),
                 (QStringList{QStringLiteral("20261120|direct|direct|1|1|0|0|0|0|1|0|0|0"),
                              QStringLiteral("20261120|seo|baidu|3|2|2|1|1|19900|2|2|1|1"),
                              QStringLiteral("20261121|seo|baidu|1|1|1|0|2|500|1|1|1|0")}));
        QCOMPARE(sorted(tally.keywordRows()),
                 (QStringList{QStringLiteral("20261120|seo|baidu|cup|1|1|1|0|0|0"),
                              QStringLiteral("20261120|seo|baidu|tea|2|1|1|1|1|19900"),
                              QStringLiteral("20261121|seo|baidu|tea|1|1|1|0|2|500")}));
        QCOMPARE(tally.days(), (QSet<int>{20261120, 20261121}));
    }

    void deletedSessionsAreNoticed()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        QVERIFY(!TrafficReclassifier::needsDerivation(store.db()));
        // As a completed full listing does after the observers ran: v2's only session goes.
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sessions WHERE id = 's3'")));
        QVERIFY(TrafficReclassifier::needsDerivation(store.db()));
        QString error;
        QVERIFY2(TrafficReclassifier(store.db()).run(&error), qPrintable(error));
        QVERIFY(!TrafficReclassifier::needsDerivation(store.db()));
        LifecycleFunnelModel model(store.db());
        model.setFilter(range(20, 21));
        QCOMPARE(counts(model), (QList<qint64>{3, 2, 1, 1, 1, 1, 1}));
        FunnelModel funnel(store.db());
        funnel.setFilter(range(20, 21));
        QCOMPARE(counts(funnel), (QList<qint64>{3, 2, 2, 2, 1}));
    }

    void rulesChangeReclassifies()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        const ClassifierRule rule{ClassifierRule::Match::HostSuffix, QStringLiteral("zhihu.com"),
                                  QStringLiteral("campaign"), QStringLiteral("zhihu_ads")};
        QVERIFY(ClassifierRuleStore::save(store.db(), {rule}));
        QCOMPARE(ClassifierRuleStore::load(store.db()), QList<ClassifierRule>{rule});
        qint64 lastDone = 0;
        TrafficReclassifier reclassifier(store.db());
        reclassifier.setProgress([&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        });
        QString error;
        QVERIFY2(reclassifier.reclassify(&error), qPrintable(error));
        QCOMPARE(lastDone, 6);
        TrafficSourceTreeModel tree(store.db());
        tree.setFilter(range(21, 21, QStringLiteral("campaign")));
        QCOMPARE(tree.totals().sessions, 1);
        QCOMPARE(tree.idOf(tree.index(0, 0, tree.index(0, 0))), QStringLiteral("zhihu_ads"));
        tree.setFilter(range(21, 21, QStringLiteral("social")));
        QCOMPARE(tree.totals().sessions, 0);
        LifecycleFunnelModel lifecycle(store.db());
        lifecycle.setFilter(range(20, 21, QStringLiteral("campaign")));
        QCOMPARE(lifecycle.countAt(0), 1);
        // New sessions from Zhihu follow the rule at sync time too.
        ParsedPage page;
        page.collection = Collection::Sessions;
        page.sessions = {TrafficFixture::session(QStringLiteral("s7"), QStringLiteral("v7"),
                                                 TrafficFixture::bj(TrafficFixture::d(21), 18),
                                                 QStringLiteral("https://shop.example.cn/"),
                                                 QStringLiteral("https://zhuanlan.zhihu.com/p/9"))};
        QVERIFY2(fx.apply(page), qPrintable(fx.error()));
        tree.setFilter(range(21, 21, QStringLiteral("campaign")));
        QCOMPARE(tree.totals().sessions, 2);
    }

    void keywordSpansCoverEveryDayOnce()
    {
        using KS = KeywordSpans;
        // A year from the 25th: four days, the part 29-30 November, eleven months, three parts
        // of November and three days.
        QCOMPARE(KS::cover(QDate(2025, 11, 25), QDate(2026, 11, 24)),
                 (QList<KS::Run>{{KS::Day, 20251125, 20251128},
                                 {KS::Part, 20251129, 20251129},
                                 {KS::Month, 20251201, 20261001},
                                 {KS::Part, 20261101, 20261115},
                                 {KS::Day, 20261122, 20261124}}));
        QCOMPARE(KS::partEnd(QDate(2028, 2, 29)), QDate(2028, 2, 29));
        QCOMPARE(KS::partEnd(QDate(2026, 2, 28)), QDate(2026, 2, 28));
        QCOMPARE(KS::partStart(QDate(2026, 12, 31)), QDate(2026, 12, 29));
        QCOMPARE(KS::cover(QDate(2026, 3, 2), QDate(2026, 3, 1)), QList<KS::Run>());
        // Every range of up to a year starting in the first 70 days of 2027 and 2028 (leap):
        // the runs tile it in order, and at most 31 spans are read.
        for (const QDate start : {QDate(2027, 1, 1), QDate(2028, 1, 1)}) {
            for (int offset = 0; offset < 70; ++offset) {
                const QDate from = start.addDays(offset);
                for (int length = 1; length <= 366; length += (length < 40 ? 1 : 13)) {
                    const QDate to = from.addDays(length - 1);
                    QDate next = from;
                    int spans = 0;
                    for (const KS::Run &run : KS::cover(from, to)) {
                        for (QDate first = ShopDay::date(run.first);
                             first.isValid() && ShopDay::key(first) <= run.last; ++spans) {
                            QCOMPARE(first, next);
                            const QDate last = run.span == KS::Day    ? first
                                               : run.span == KS::Part ? KS::partEnd(first)
                                                                      : KS::monthEnd(first);
                            if (run.span == KS::Part)
                                QCOMPARE(KS::partStart(first), first);
                            if (run.span == KS::Month)
                                QCOMPARE(first.day(), 1);
                            next = last.addDays(1);
                            first = next;
                        }
                    }
                    QCOMPARE(next, to.addDays(1));
                    QVERIFY2(spans <= 31, qPrintable(from.toString(Qt::ISODate)));
                }
            }
        }
    }

    void seoTableFromKeywordSpans()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(loadKeywordShop(fx), qPrintable(fx.error()));
        const QStringList spans = fx.dump(QStringLiteral("traffic_keywords_spans"));
        QVERIFY(spans.size() > 50);
        QCOMPARE(spans, rawSpans(store.db()));
        compareKeywordTables(store.db());
        if (QTest::currentTestFailed())
            return;

        // A late page: sessions of an earlier month and of an existing day rebuild their spans.
        ParsedPage late;
        late.collection = Collection::Sessions;
        for (const QDate day : {QDate(2026, 2, 10), QDate(2026, 3, 31), QDate(2025, 12, 30)})
            late.sessions << TrafficFixture::session(
                QStringLiteral("late%1").arg(day.toJulianDay()), QStringLiteral("kv1"),
                TrafficFixture::bj(day, 12), QStringLiteral("https://shop.example.cn/"),
                QStringLiteral("https://www.baidu.com/s?wd=%E9%BE%99%E4%BA%95"));
        QVERIFY2(fx.apply(late), qPrintable(fx.error()));
        QCOMPARE(fx.dump(QStringLiteral("traffic_keywords_spans")), rawSpans(store.db()));
        compareKeywordTables(store.db());
        if (QTest::currentTestFailed())
            return;

        // The drill-down reads the same spans: Baidu's keywords over the whole shop.
        TrafficSourceTreeModel tree(store.db());
        TrafficFilter all;
        all.range = DateRange(QDate(2025, 12, 1), QDate(2026, 4, 30));
        all.channel = QStringLiteral("search");
        tree.setFilter(all);
        const QModelIndex search = tree.findChannel(QStringLiteral("search"));
        QModelIndex baidu;
        for (int r = 0; r < tree.rowCount(search); ++r) {
            if (tree.idOf(tree.index(r, 0, search)) == QLatin1String("baidu"))
                baidu = tree.index(r, 0, search);
        }
        QVERIFY(baidu.isValid());
        tree.fetchMore(baidu);
        const KeywordTable raw = rawKeywordTable(store.db(), all);
        QCOMPARE(tree.rowCount(baidu), 4);
        for (int r = 0; r < tree.rowCount(baidu); ++r) {
            const QString keyword = tree.idOf(tree.index(r, 0, baidu));
            QCOMPARE(
                tree.index(r, int(TrafficSourceTreeModel::FirstMeasure) + TrafficMeasures::Visitors,
                           baidu)
                    .data(ItemRoles::RawValueRole)
                    .toLongLong(),
                raw.value({keyword, QStringLiteral("baidu")})[1]);
            QCOMPARE(
                tree.index(r, int(TrafficSourceTreeModel::FirstMeasure) + TrafficMeasures::Revenue,
                           baidu)
                    .data(ItemRoles::RawValueRole)
                    .toLongLong(),
                raw.value({keyword, QStringLiteral("baidu")})[5]);
        }
    }

    void keywordSpansFollowRuleChanges()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(loadKeywordShop(fx), qPrintable(fx.error()));
        // Sogou's visits become paid (keyword kept), Baidu's referrals social (organic keywords
        // gone; the paid ones keep their utm_term under social).
        QVERIFY(ClassifierRuleStore::save(
            store.db(), {{ClassifierRule::Match::HostSuffix, QStringLiteral("sogou.com"),
                          QStringLiteral("paid_search"), QStringLiteral("sogou_sem")},
                         {ClassifierRule::Match::HostSuffix, QStringLiteral("baidu.com"),
                          QStringLiteral("social"), QStringLiteral("baidu_tieba")}}));
        QString error;
        QVERIFY2(TrafficReclassifier(store.db()).reclassify(&error), qPrintable(error));
        const QStringList spans = fx.dump(QStringLiteral("traffic_keywords_spans"));
        QCOMPARE(spans, rawSpans(store.db()));
        QVERIFY(spans.filter(QStringLiteral("|paid_search|sogou_sem|")).size() > 0);
        QVERIFY(spans.filter(QStringLiteral("|social|baidu_tieba|")).size() > 0);
        QCOMPARE(spans.filter(QStringLiteral("|search|baidu|")).size(), 0);
        compareKeywordTables(store.db());
        if (QTest::currentTestFailed())
            return;
        TrafficBreakdownModel model(store.db(), TrafficBreakdownModel::Kind::SearchKeywords);
        TrafficFilter f;
        f.range = DateRange(QDate(2026, 1, 1), QDate(2026, 4, 30));
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 4); // Sogou's four keywords, now paid
        QCOMPARE(model.index(0, TrafficBreakdownModel::Source).data().toString(),
                 QStringLiteral("sogou_sem"));
    }

    void migrationRollsUpExistingKeywordRows()
    {
        // A store from before schema step 6 has daily keyword rows only: the step's own
        // statements roll them up into the same spans the aggregates keep.
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(loadKeywordShop(fx), qPrintable(fx.error()));
        const QStringList kept = fx.dump(QStringLiteral("traffic_keywords_spans"));
        QVERIFY(!kept.isEmpty());
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE traffic_keywords_spans")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX traffic_keywords_channel")));
        bool found = false;
        for (const Migrations::Step &step : Migrations::steps()) {
            if (step.version != 6)
                continue;
            found = true;
            for (const QString &statement : step.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(found);
        QCOMPARE(fx.dump(QStringLiteral("traffic_keywords_spans")), kept);
    }

    void sourceTree()
    {
        TempStore store;
        TrafficFixture fx(store.db());
        QVERIFY2(fx.loadStandardShop(), qPrintable(fx.error()));
        TrafficSourceTreeModel tree(store.db());
        tree.setFilter(range(20, 23));
        QCOMPARE(tree.rowCount(), 4); // direct (s2, s6), search, social, wechat
        const QModelIndex direct = tree.findChannel(QStringLiteral("direct"));
        QCOMPARE(direct.row(), 0);
        QCOMPARE(
            tree.index(0, int(TrafficSourceTreeModel::FirstMeasure) + TrafficMeasures::Sessions)
                .data()
                .toString(),
            QStringLiteral("2"));
        QCOMPARE(tree.index(0, int(TrafficSourceTreeModel::FirstMeasure) + TrafficMeasures::Revenue)
                     .data(ItemRoles::ExportRole)
                     .toString(),
                 QStringLiteral("100.00"));
        const QModelIndex search = tree.findChannel(QStringLiteral("search"));
        QCOMPARE(tree.rowCount(search), 1);
        const QModelIndex baidu = tree.index(0, 0, search);
        QCOMPARE(tree.idOf(baidu), QStringLiteral("baidu"));
        QCOMPARE(tree.rowCount(baidu), 0); // keywords load when the source is opened
        QVERIFY(tree.hasChildren(baidu));
        QVERIFY(tree.canFetchMore(baidu));
        tree.fetchMore(baidu);
        QCOMPARE(tree.rowCount(baidu), 1);
        QCOMPARE(tree.index(0, 0, baidu).data().toString(), QStringLiteral("龙井"));
        QCOMPARE(tree.index(0,
                            int(TrafficSourceTreeModel::FirstMeasure) + TrafficMeasures::Conversion,
                            search)
                     .data()
                     .toString(),
                 QStringLiteral("100.00%"));
        QCOMPARE(tree.totals().sessions, 5);
        QCOMPARE(tree.totals().orders, 2);
        QCOMPARE(tree.totals().revenue, 29900);
        QCOMPARE(tree.totals().registrations, 2);
        // Checked once every source is opened (Qt 6.4's tester mistakes the rows its own
        // fetchMore() inserts for a change in flight).
        fetchAll(tree);
        QAbstractItemModelTester tester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex zhihu = tree.index(0, 0, tree.findChannel(QStringLiteral("social")));
        QCOMPARE(tree.rowCount(zhihu), 0);
        QVERIFY(!tree.hasChildren(zhihu)); // opened, and no keywords
    }
};

int main(int argc, char **argv)
{
    if (!MachineTimeZone::set(QByteArrayLiteral("America/New_York"))) {
        std::fprintf(stderr, "No rule to set the local time zone to America/New_York here\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestTrafficDerivation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trafficderivation.moc"
