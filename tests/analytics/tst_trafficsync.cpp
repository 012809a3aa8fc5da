// A real sync of yutang-site (collections concurrently, small pages, so events and orders often
// arrive before their sessions): the aggregates kept page by page equal (a) figures computed here
// from the raw rows with the classifier and the shop calendar, and (b) a derivation from scratch.
#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "TrafficFixture.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficClassifier.h"
#include "analytics/TrafficReclassifier.h"
#include "analytics/UrlView.h"
#include "itemmodels/ShopInfo.h"

#include <QMap>
#include <QSqlQuery>
#include <QTest>

class TestTrafficSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aggregatesMatchRawRows()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({QStringLiteral("--days"), QStringLiteral("7"),
                             QStringLiteral("--scale"), QStringLiteral("0.2")},
                            &error),
                 qPrintable(error));
        TempStore store;
        const SyncResult result =
            runSync(store.db(), site.address(), SiteProcess::kToken, false, -1, 250);
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.error));
        Database &db = store.db();
        QSqlQuery q(db.connection());

        // Raw: every session classified here, its ordered funnel depth from its events, its paid
        // orders.
        const ShopCalendar calendar = ShopInfo::load(db).calendar();
        QHash<QString, int> depth;
        const QStringList steps = {QStringLiteral("view_product"), QStringLiteral("add_to_cart"),
                                   QStringLiteral("begin_checkout"), QStringLiteral("purchase")};
        QVERIFY(q.exec(
            QStringLiteral("SELECT session_id, type FROM events ORDER BY session_id, at, id")));
        while (q.next()) {
            int &d = depth[q.value(0).toString()];
            if (d < steps.size() && q.value(1).toString() == steps.at(d))
                ++d;
        }
        QHash<QString, QPair<qint64, qint64>> paid;
        QVERIFY(q.exec(
            QStringLiteral("SELECT session_id, total FROM orders WHERE session_id IS NOT NULL AND "
                           "status IN ('paid', 'shipped', 'completed')")));
        while (q.next()) {
            auto &p = paid[q.value(0).toString()];
            ++p.first;
            p.second += q.value(1).toLongLong();
        }
        struct Figures
        {
            qint64 sessions = 0, orders = 0, revenue = 0, viewed = 0, purchased = 0;
        };
        QMap<QString, Figures> raw;
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, started_at, landing_url, referrer_url, user_agent FROM sessions")));
        qint64 sessions = 0;
        while (q.next()) {
            const QString landing = q.value(2).toString();
            const QString host = UrlView(landing).host().toString();
            const TrafficSource s =
                TrafficClassifier(QStringList{host})
                    .classify(landing, q.value(3).toString(), q.value(4).toString());
            const int day = ShopDay::key(calendar.dayOf(q.value(1).toLongLong()));
            Figures &f = raw[QStringLiteral("%1|%2|%3").arg(day).arg(s.channel, s.source)];
            const QString id = q.value(0).toString();
            ++f.sessions;
            f.orders += paid.value(id).first;
            f.revenue += paid.value(id).second;
            f.viewed += depth.value(id) >= 1 ? 1 : 0;
            f.purchased += depth.value(id) >= 4 ? 1 : 0;
            ++sessions;
        }
        QVERIFY(sessions > 200);
        QMap<QString, Figures> aggregated;
        QVERIFY(q.exec(QStringLiteral("SELECT day, channel, source, sessions, orders, revenue, "
                                      "viewed, purchased FROM traffic_daily")));
        while (q.next()) {
            Figures &f = aggregated[QStringLiteral("%1|%2|%3")
                                        .arg(q.value(0).toInt())
                                        .arg(q.value(1).toString(), q.value(2).toString())];
            f = {q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                 q.value(6).toLongLong(), q.value(7).toLongLong()};
        }
        QCOMPARE(aggregated.keys(), raw.keys());
        for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
            const Figures &a = aggregated.value(it.key());
            const Figures &r = it.value();
            QVERIFY2(a.sessions == r.sessions && a.orders == r.orders && a.revenue == r.revenue &&
                         a.viewed == r.viewed && a.purchased == r.purchased,
                     qPrintable(it.key()));
        }

        // From scratch gives the same tables.
        TrafficFixture dumper(db);
        const QStringList tables = {
            QStringLiteral("traffic_daily"), QStringLiteral("traffic_keywords_daily"),
            QStringLiteral("visitor_lifecycle"), QStringLiteral("lifecycle_daily")};
        QList<QStringList> incremental;
        for (const QString &t : tables)
            incremental << dumper.dump(t);
        QVERIFY2(TrafficReclassifier(db).run(&error), qPrintable(error));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(dumper.dump(tables.at(i)), incremental.at(i));
    }
};

QTEST_GUILESS_MAIN(TestTrafficSync)
#include "tst_trafficsync.moc"
