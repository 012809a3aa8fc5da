// Syncing a WooCommerce shop (yutang-woo-site over real HTTP, OAuth 1.0a on loopback) into a
// store: the small tea shop's figures as worked out by hand in
// tests/woosite/fixtures/small-tea-shop.md, then edits, trash, deletions and records that come
// and go while they are listed, checked against the server's own dump.
#include "../sync/SyncRunner.h"
#include "TempStore.h"
#include "WooSiteProcess.h"
#include "sites/woocommerce/WooClient.h"
#include "sites/woocommerce/WooCredentials.h"
#include "sites/woocommerce/WooMoney.h"
#include "store/Database.h"
#include "sync/SyncState.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

namespace {

QByteArray secretOf(const WooSiteProcess &site)
{
    return WooCredentials{QString::fromLatin1(site.consumerKey()),
                          QString::fromLatin1(site.consumerSecret())}
        .pack();
}

SyncEngine::Options wooOptions(const WooSiteProcess &site, bool full = false)
{
    SyncEngine::Options o = testSyncOptions(site.address(), secretOf(site), full);
    o.kind = QStringLiteral("woocommerce");
    o.pageLimit = 0;
    return o;
}

// One signed request to the shop, as a merchant's other tools would make it.
SiteResponse call(const WooSiteProcess &site, const QByteArray &verb, const QString &path,
                  const QJsonObject &body = {}, const QUrlQuery &query = {})
{
    SiteConnection connection{QStringLiteral("woocommerce"), site.address(), secretOf(site), {}};
    WooClient client(connection);
    SiteResponse result;
    QEventLoop loop;
    auto done = [&](const SiteResponse &r) {
        result = r;
        loop.quit();
    };
    if (verb == "GET")
        client.get(path, query, done);
    else
        client.send(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), done, query);
    loop.exec();
    return result;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QMap<QString, QPair<qint64, qint64>> ordersAndRevenueBy(Database &db, const QString &column)
{
    QMap<QString, QPair<qint64, qint64>> map;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT %1, SUM(orders), SUM(revenue) FROM traffic_daily GROUP BY %1")
               .arg(column));
    while (q.next())
        map.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return map;
}

QSet<QString> ids(Database &db, const QString &table)
{
    QSet<QString> set;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM %1").arg(table));
    while (q.next())
        set.insert(q.value(0).toString());
    return set;
}

// What the server holds, from its dump: the orders a listing should give (every status but
// trash, nothing deleted for good) and their revenue as Yutang counts it (paid statuses, total
// less refunds), computed here from the raw records.
struct DumpFigures
{
    QSet<QString> orderIds;
    qint64 paidRevenue = 0;
    qint64 paidOrders = 0;
};

DumpFigures figuresFromDump(const WooSiteProcess &site)
{
    DumpFigures f;
    const QJsonObject dump =
        QJsonDocument::fromJson(site.adminGet(QStringLiteral("dump"))).object();
    for (const QJsonValue &v : dump.value(QLatin1String("orders")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString status = o.value(QLatin1String("status")).toString();
        if (status == QLatin1String("trash"))
            continue;
        f.orderIds.insert(QString::number(qint64(o.value(QLatin1String("id")).toDouble())));
        if (status != QLatin1String("processing") && status != QLatin1String("completed"))
            continue;
        qint64 total = 0, refunded = 0, r = 0;
        WooMoney::parse(o.value(QLatin1String("total")).toString(), 2, &total);
        for (const QJsonValue &refund : o.value(QLatin1String("refunds")).toArray()) {
            const QJsonObject ro = refund.toObject();
            const QJsonValue amount = ro.contains(QLatin1String("total"))
                                          ? ro.value(QLatin1String("total"))
                                          : ro.value(QLatin1String("amount"));
            WooMoney::parse(amount.toString(), 2, &r);
            refunded += std::abs(r);
        }
        f.paidRevenue += total - refunded;
        ++f.paidOrders;
    }
    return f;
}

// What in `db` differs from the server's dump (orders missed or kept, their sessions, the
// paid orders and revenue of the traffic figures); empty when nothing does.
QString differencesFromDump(Database &db, const WooSiteProcess &site)
{
    const DumpFigures expected = figuresFromDump(site);
    const QSet<QString> stored = ids(db, QStringLiteral("orders"));
    QStringList differences;
    const QStringList missed = QSet<QString>(expected.orderIds).subtract(stored).values();
    const QStringList extra = QSet<QString>(stored).subtract(expected.orderIds).values();
    if (!missed.isEmpty() || !extra.isEmpty())
        differences << QStringLiteral("orders missed %1; kept %2")
                           .arg(missed.join(QLatin1Char(',')), extra.join(QLatin1Char(',')));
    auto compare = [&](const QString &what, const QString &sql, qint64 wanted) {
        const qint64 got = scalar(db, sql);
        if (got != wanted)
            differences
                << QStringLiteral("%1: %2, the dump says %3").arg(what).arg(got).arg(wanted);
    };
    compare(QStringLiteral("sessions"), QStringLiteral("SELECT COUNT(*) FROM sessions"),
            expected.orderIds.size());
    compare(QStringLiteral("paid revenue"),
            QStringLiteral("SELECT SUM(revenue) FROM traffic_daily"), expected.paidRevenue);
    compare(QStringLiteral("paid orders"), QStringLiteral("SELECT SUM(orders) FROM traffic_daily"),
            expected.paidOrders);
    return differences.join(QLatin1String("; "));
}

bool startGeneratedShop(WooSiteProcess &site, int orders, int customers, QString *error)
{
    return site.start({QStringLiteral("--orders"), QString::number(orders),
                       QStringLiteral("--customers"), QString::number(customers)},
                      error);
}

} // namespace

class TestWooSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureFiguresAsWorkedOutByHand()
    {
        WooSiteProcess site;
        QString error;
        QVERIFY2(site.start({QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE)}, &error),
                 qPrintable(error));
        TempStore store;
        const SyncResult r = runSyncWith(store.db(), wooOptions(site));
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));
        Database &db = store.db();

        QSqlQuery shop(db.connection());
        QVERIFY(shop.exec(
            QStringLiteral("SELECT name, currency, timezone, kind, currency_decimals FROM shop")));
        QVERIFY(shop.next());
        QCOMPARE(shop.value(0).toString(), QStringLiteral("一叶茶舍"));
        QCOMPARE(shop.value(1).toString(), QStringLiteral("CNY"));
        QCOMPARE(shop.value(2).toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(shop.value(3).toString(), QStringLiteral("woocommerce"));
        QCOMPARE(shop.value(4).toInt(), 2);

        // 4 simple products and the 3 + 3 variations of the two variable ones.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM products")), 10);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE id LIKE '%:%'")),
                 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")), 6);
        // 14 orders: all but 1014, which is in the trash; one session each.
        QCOMPARE(ids(db, QStringLiteral("orders")).size(), 14);
        QVERIFY(!ids(db, QStringLiteral("orders")).contains(QStringLiteral("1014")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions")), 14);
        // Guests: 1003, 1005, 1009, 1012.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id IS NULL")), 4);
        // 1008: 56400 less its partial refund of 12800; 1007 fully refunded.
        QCOMPARE(scalar(db, QStringLiteral("SELECT total FROM orders WHERE id = '1008'")), 43600);
        QCOMPARE(scalar(db, QStringLiteral("SELECT total FROM orders WHERE id = '1007'")), 0);
        QCOMPARE(
            scalar(db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM orders WHERE id = '1007' AND status = 'refunded'")),
            1);
        // Statuses: processing → paid, on-hold → pending, failed → cancelled.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'paid'")),
                 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'pending'")),
                 3);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'cancelled'")),
            2);
        // 1002 bought 2 of variation 111 of product 101 at 88.00.
        QSqlQuery item(db.connection());
        QVERIFY(item.exec(QStringLiteral(
            "SELECT product_id, quantity, unit_price FROM order_items WHERE order_id = '1002'")));
        QVERIFY(item.next());
        QCOMPARE(item.value(0).toString(), QStringLiteral("101:111"));
        QCOMPARE(item.value(1).toLongLong(), 2);
        QCOMPARE(item.value(2).toLongLong(), 8800);

        // Paid revenue per shop day (Asia/Shanghai) as the Traffic pane reads it: 1010 at
        // 23:59:59 stays on the 19th, 1011 at 00:00:00 is the 20th.
        const auto byDay = ordersAndRevenueBy(db, QStringLiteral("day"));
        QCOMPARE(byDay.value(QStringLiteral("20261118")), qMakePair(qint64(2), qint64(30400)));
        QCOMPARE(byDay.value(QStringLiteral("20261119")), qMakePair(qint64(3), qint64(65200)));
        QCOMPARE(byDay.value(QStringLiteral("20261120")), qMakePair(qint64(3), qint64(112000)));

        // By channel, classified as visits are: the WeChat markers (1001 group, 1008 Moments,
        // 1013 chat), Baidu with its keyword (1002 wd=, 1011 word=), Zhihu, the Xiaohongshu
        // campaign, and 1009 with no attribution recorded.
        const auto byChannel = ordersAndRevenueBy(db, QStringLiteral("channel"));
        QCOMPARE(byChannel.value(QStringLiteral("wechat")), qMakePair(qint64(3), qint64(86000)));
        QCOMPARE(byChannel.value(QStringLiteral("search")), qMakePair(qint64(2), qint64(57400)));
        QCOMPARE(byChannel.value(QStringLiteral("social")), qMakePair(qint64(1), qint64(8800)));
        QCOMPARE(byChannel.value(QStringLiteral("campaign")), qMakePair(qint64(1), qint64(42600)));
        QCOMPARE(byChannel.value(QStringLiteral("unattributed")),
                 qMakePair(qint64(1), qint64(12800)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE source = "
                                           "'baidu' AND keyword = '龙井'")),
                 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE channel = "
                                           "'unattributed' AND source = 'admin'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE channel = "
                                           "'unattributed' AND source = 'mobile_app'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE channel = "
                                           "'unattributed' AND source = 'unknown'")),
                 1);
        QCOMPARE(r.progress.collections.value(QStringLiteral("orders")).quarantined, 0);
    }

    void incrementalSyncFollowsEditsTrashAndDeletions()
    {
        WooSiteProcess site;
        QString error;
        QVERIFY2(site.start({QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE)}, &error),
                 qPrintable(error));
        TempStore store;
        Database &db = store.db();
        QVERIFY(runSyncWith(db, wooOptions(site)).status == SyncResult::Status::Ok);
        const QString watermark = SyncState::load(db, Collection::Orders).syncToken;
        QVERIFY(!watermark.isEmpty());

        // Elsewhere: an order completed, one trashed, one deleted for good, one created, a
        // customer renamed and another deleted, a product's price changed.
        QVERIFY(call(site, "PUT", QStringLiteral("orders/1002"),
                     {{QStringLiteral("status"), QStringLiteral("completed")}})
                    .ok());
        QVERIFY(call(site, "DELETE", QStringLiteral("orders/1001")).ok());
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        QVERIFY(call(site, "DELETE", QStringLiteral("orders/1009"), {}, force).ok());
        const SiteResponse created =
            call(site, "POST", QStringLiteral("orders"),
                 {{QStringLiteral("status"), QStringLiteral("processing")},
                  {QStringLiteral("set_paid"), true},
                  {QStringLiteral("line_items"),
                   QJsonArray{QJsonObject{{QStringLiteral("product_id"), 103},
                                          {QStringLiteral("quantity"), 3}}}}});
        QVERIFY2(created.ok(), created.body.constData());
        const QString newId = QString::number(qint64(
            QJsonDocument::fromJson(created.body).object().value(QLatin1String("id")).toDouble()));
        QVERIFY(call(site, "PUT", QStringLiteral("customers/3"),
                     {{QStringLiteral("first_name"), QStringLiteral("新名")}})
                    .ok());
        QVERIFY(call(site, "DELETE", QStringLiteral("customers/7"), {}, force).ok());
        QVERIFY(call(site, "PUT", QStringLiteral("products/105"),
                     {{QStringLiteral("regular_price"), QStringLiteral("99.90")}})
                    .ok());

        const SyncResult r = runSyncWith(db, wooOptions(site));
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));
        QVERIFY(!r.progress.collections.value(QStringLiteral("orders")).fullListing);
        QVERIFY(!r.progress.collections.value(QStringLiteral("customers")).fullListing);
        const QSet<QString> orders = ids(db, QStringLiteral("orders"));
        QVERIFY(!orders.contains(QStringLiteral("1001")));
        QVERIFY(!orders.contains(QStringLiteral("1009")));
        QVERIFY(orders.contains(newId));
        QCOMPARE(orders, figuresFromDump(site).orderIds);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE id = '1002' AND "
                                           "status = 'completed'")),
                 1);
        // The sessions of orders that are gone went with them.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions")),
                 qint64(orders.size()));
        QVERIFY(!ids(db, QStringLiteral("customers")).contains(QStringLiteral("7")));
        QSqlQuery name(db.connection());
        QVERIFY(name.exec(QStringLiteral("SELECT nickname FROM customers WHERE id = '3'")));
        QVERIFY(name.next());
        QVERIFY2(name.value(0).toString().contains(QStringLiteral("新名")),
                 qPrintable(name.value(0).toString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT price FROM products WHERE id = '105'")), 9990);
        // 104 is on sale: its price is the sale price, whatever its regular price.
        QCOMPARE(scalar(db, QStringLiteral("SELECT price FROM products WHERE id = '104'")), 16800);
        // Revenue as the panes read it equals what the shop's own records add up to.
        const QString differences = differencesFromDump(db, site);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    void recordsComingAndGoingMidListingAreNeitherMissedNorDoubled_data()
    {
        QTest::addColumn<bool>("incremental");
        QTest::newRow("first sync") << false;
        QTest::newRow("incremental") << true;
    }

    void recordsComingAndGoingMidListingAreNeitherMissedNorDoubled()
    {
        QFETCH(bool, incremental);
        WooSiteProcess site;
        QString error;
        QVERIFY2(startGeneratedShop(site, 700, 150, &error), qPrintable(error));
        TempStore store;
        Database &db = store.db();
        QJsonArray orders = QJsonDocument::fromJson(site.adminGet(QStringLiteral("dump")))
                                .object()
                                .value(QLatin1String("orders"))
                                .toArray();
        QVERIFY(orders.size() >= 700);
        auto orderId = [&](int i) {
            return qint64(orders.at(i).toObject().value(QLatin1String("id")).toDouble());
        };
        if (incremental) {
            QVERIFY(runSyncWith(db, wooOptions(site)).status == SyncResult::Status::Ok);
            // Many orders change, so the incremental listing spans several pages.
            for (int i = 0; i < 350; ++i) {
                const QString path = QStringLiteral("orders/%1").arg(orderId(i * 2));
                QVERIFY(call(site, "PUT", path,
                             {{QStringLiteral("customer_note"), QStringLiteral("n%1").arg(i)}})
                            .ok());
            }
        }
        // After the second page of the listing: an early order trashed, one deleted for good,
        // one created and one edited; all of them shift the pages that follow.
        const QJsonObject hook{
            {QStringLiteral("collection"), QStringLiteral("orders")},
            {QStringLiteral("after"), 2},
            {QStringLiteral("actions"),
             QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("trash")},
                                    {QStringLiteral("id"), orderId(4)}},
                        QJsonObject{{QStringLiteral("op"), QStringLiteral("delete")},
                                    {QStringLiteral("id"), orderId(10)}},
                        QJsonObject{{QStringLiteral("op"), QStringLiteral("touch")},
                                    {QStringLiteral("id"), orderId(20)}},
                        QJsonObject{{QStringLiteral("op"), QStringLiteral("create")}}}}};
        site.adminPost(QStringLiteral("on-page"), QJsonDocument(hook).toJson());
        const SyncResult r = runSyncWith(db, wooOptions(site));
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));

        const QString differences = differencesFromDump(db, site);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        // Nothing doubled: one item list per order.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM (SELECT order_id, line FROM "
                                "order_items GROUP BY order_id, line HAVING COUNT(*) > 1) d")),
                 0);
    }

    // Pages are committed in groups: a sync cancelled midway keeps what it stored (the group
    // still open is committed), and the next sync completes the store with nothing missed or
    // doubled, as one uninterrupted sync would have it.
    void aCancelledSyncKeepsItsPagesAndTheNextCompletesIt()
    {
        WooSiteProcess site;
        QString error;
        QVERIFY2(startGeneratedShop(site, 400, 50, &error), qPrintable(error));
        SyncEngine::Options options = wooOptions(site);
        options.pageLimit = 10; // 40 pages of orders
        TempStore store;
        Database &db = store.db();
        const int ordersBeforeCancel = 6;
        const SyncResult cancelled = runSyncWith(db, options, [&](SyncEngine &engine) {
            auto orderPages = std::make_shared<int>(0);
            cancelWhenStored(engine, [orderPages](const ParsedPage &page) {
                return page.collection == Collection::Orders && !page.orders.isEmpty() &&
                       ++*orderPages >= ordersBeforeCancel;
            });
        });
        QCOMPARE(cancelled.status, SyncResult::Status::Cancelled);
        // Fewer pages than a group: only the cancel committed them (read on another
        // connection, which sees only what is committed).
        std::unique_ptr<Database> other = db.clone(&error);
        QVERIFY2(other, qPrintable(error));
        const qint64 kept = scalar(*other, QStringLiteral("SELECT COUNT(*) FROM orders"));
        QVERIFY2(kept >= ordersBeforeCancel * options.pageLimit && kept < 400,
                 qPrintable(QString::number(kept)));
        QVERIFY(SyncState::load(*other, Collection::Orders).inListing);
        other.reset();

        const SyncResult r = runSyncWith(db, options);
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));
        const QString differences = differencesFromDump(db, site);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));

        TempStore fresh;
        QVERIFY(runSyncWith(fresh.db(), options).status == SyncResult::Status::Ok);
        for (const QString &table :
             {QStringLiteral("orders"), QStringLiteral("order_items"), QStringLiteral("sessions"),
              QStringLiteral("customers"), QStringLiteral("products")})
            QCOMPARE(TempStore::dump(db, table), TempStore::dump(fresh.db(), table));
    }

    void wrongKeyIsReportedAsSuch()
    {
        WooSiteProcess site;
        QString error;
        QVERIFY2(site.start({QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE)}, &error),
                 qPrintable(error));
        TempStore store;
        SyncEngine::Options o = wooOptions(site);
        o.token = WooCredentials{QStringLiteral("ck_test"), QStringLiteral("cs_wrong")}.pack();
        const SyncResult r = runSyncWith(store.db(), o);
        QCOMPARE(r.status, SyncResult::Status::Failed);
        QCOMPARE(r.failure, SyncResult::Failure::Unauthorized);
        QVERIFY2(r.error.contains(QStringLiteral("401")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QStringLiteral("cs_wrong")));
    }

    void aSiteThatIsNotWooCommerceIsSaidToBeSo()
    {
        TempStore store;
        SyncEngine::Options o;
        o.kind = QStringLiteral("woocommerce");
        o.siteAddress = QStringLiteral("http://127.0.0.1:1"); // nothing listens
        o.token = WooCredentials{QStringLiteral("ck"), QStringLiteral("cs")}.pack();
        o.retry.maxAttempts = 1;
        const SyncResult r = runSyncWith(store.db(), o);
        QCOMPARE(r.failure, SyncResult::Failure::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestWooSync)
#include "tst_woosync.moc"
