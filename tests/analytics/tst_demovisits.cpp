// The demo shop behaves like a shop (issue 14): every visit starts with a view of the page it
// landed on (a product, a page that is not a product's, or the shop's search), many visits end
// there in shares that differ by source, so the funnel's first step drops; the pages and queries
// reach the store. A live demo's last day stops at its time, with no visit or event after it.
// Figures are counted here from the raw rows and compared with what the app derived.
#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "itemmodels/FunnelModel.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace {

const QDate kEndDate(2026, 11, 20);
const QString kUntil = QStringLiteral("2026-11-20T14:30:00+08:00");

qint64 epochMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

class TestDemoVisits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_site.start({QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--scale"),
                          QStringLiteral("0.3"), QStringLiteral("--end-date"),
                          kEndDate.toString(Qt::ISODate), QStringLiteral("--until"), kUntil},
                         &error),
            qPrintable(error));
        m_store = std::make_unique<TempStore>();
        const SyncResult result = runSync(m_store->db(), m_site.address(), SiteProcess::kToken);
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.error));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0);
    }

    void everyVisitStartsWithItsLandingPage()
    {
        QSqlQuery q(db().connection());
        QHash<QString, QUrl> landing;
        QVERIFY(q.exec(QStringLiteral("SELECT id, landing_url FROM sessions")));
        while (q.next())
            landing.insert(q.value(0).toString(), QUrl(q.value(1).toString()));
        QVERIFY(landing.size() > 1000);
        // Events of a visit can share a time where they were cut at the end of history: their
        // number (e_N) orders them then.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT session_id, type, product_id, page, query FROM events ORDER BY session_id, at, "
            "CAST(SUBSTR(id, 3) AS INTEGER)")));
        QSet<QString> seen;
        QHash<QString, int> firstTypes;
        while (q.next()) {
            const QString session = q.value(0).toString();
            if (seen.contains(session))
                continue;
            seen.insert(session);
            const QUrl url = landing.value(session);
            const QString path = url.path();
            const QString type = q.value(1).toString();
            ++firstTypes[type];
            if (path.startsWith(QLatin1String("/p/"))) {
                QCOMPARE(type, QStringLiteral("view_product"));
                QCOMPARE(q.value(2).toString(), QStringLiteral("p_") + path.mid(3));
            } else if (path == QLatin1String("/search")) {
                QCOMPARE(type, QStringLiteral("search"));
                QCOMPARE(q.value(4).toString(),
                         QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
            } else {
                QCOMPARE(type, QStringLiteral("view_page"));
                QCOMPARE(q.value(3).toString(), path);
            }
        }
        QCOMPARE(seen.size(), landing.size());
        // All three kinds of landing occur.
        QVERIFY(firstTypes.value(QStringLiteral("view_product")) > 0);
        QVERIFY(firstTypes.value(QStringLiteral("view_page")) > 0);
        QVERIFY(firstTypes.value(QStringLiteral("search")) > 0);
    }

    void pagesAndQueriesAreKept()
    {
        QVERIFY(scalar(db(),
                       QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'view_page'")) > 0);
        QVERIFY(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'search'")) >
                0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'view_page' "
                                             "AND (page IS NULL OR page NOT LIKE '/%')")),
                 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'search' "
                                             "AND (query IS NULL OR query = '')")),
                 0);
    }

    // Readers of an official-account article mostly read and leave; search visitors whose keyword
    // named a product leave less often.
    void articleReadersBounceMoreThanSearchVisitors()
    {
        const double article = bounceShare(QStringLiteral("wechat_article"));
        const double baidu = bounceShare(QStringLiteral("baidu"));
        QVERIFY2(article > 0.5 && baidu > 0.2 && baidu < 0.5 && article > baidu + 0.15,
                 qPrintable(QStringLiteral("article %1, baidu %2").arg(article).arg(baidu)));
    }

    void theFunnelsFirstStepDrops()
    {
        FunnelModel funnel(db());
        TrafficFilter filter;
        filter.range = DateRange(kEndDate.addDays(-14), kEndDate);
        funnel.setFilter(filter);
        funnel.reload();
        const qint64 sessions = scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sessions"));
        const qint64 viewed = scalar(
            db(), QStringLiteral("SELECT COUNT(DISTINCT session_id) FROM events WHERE type = "
                                 "'view_product'"));
        QCOMPARE(funnel.countAt(0), sessions);
        QCOMPARE(funnel.countAt(1), viewed);
        // A believable first drop: between a tenth and a half of the visits never see a product.
        QVERIFY2(viewed < sessions * 9 / 10 && viewed > sessions / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(viewed).arg(sessions)));
    }

    void theLastDayStopsAtItsTime()
    {
        const qint64 until = epochMs(kUntil);
        const qint64 lastMidnight =
            QDateTime(kEndDate, QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                .toMSecsSinceEpoch();
        const qint64 lastDay =
            scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sessions WHERE started_at >= %1")
                             .arg(lastMidnight));
        const qint64 dayBefore =
            scalar(db(), QStringLiteral("SELECT COUNT(*) FROM sessions WHERE started_at >= %1 AND "
                                        "started_at < %2")
                             .arg(lastMidnight - 86400000)
                             .arg(lastMidnight));
        QVERIFY2(lastDay > 0 && lastDay < dayBefore,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lastDay).arg(dayBefore)));
        QVERIFY(scalar(db(), QStringLiteral("SELECT MAX(started_at) FROM sessions")) < until);
        QVERIFY(scalar(db(), QStringLiteral("SELECT MAX(at) FROM events")) <= until);
        QVERIFY(scalar(db(), QStringLiteral("SELECT MAX(created_at) FROM orders")) <= until);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_site.stop();
    }

private:
    Database &db() { return m_store->db(); }

    // Visits of a source whose only event is the view of their landing page.
    double bounceShare(const QString &source)
    {
        const QString condition =
            QStringLiteral("FROM sessions s WHERE s.source = '%1'").arg(source);
        const qint64 all = scalar(db(), QStringLiteral("SELECT COUNT(*) ") + condition);
        const qint64 single = scalar(
            db(), QStringLiteral("SELECT COUNT(*) ") + condition +
                      QStringLiteral(" AND (SELECT COUNT(*) FROM events e WHERE e.session_id = "
                                     "s.id) = 1"));
        if (all < 30)
            qFatal("too few visits from %s: %lld", qPrintable(source), all);
        return double(single) / double(all);
    }

    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;
};

QTEST_GUILESS_MAIN(TestDemoVisits)
#include "tst_demovisits.moc"
