#include "sync/RecordParser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

// Everything a parsed page of sessions or events holds, one line per value, for QCOMPARE.
QStringList describe(const ParsedPage &page)
{
    QStringList out{QStringLiteral("cursor %1 %2").arg(page.hasNextCursor).arg(page.nextCursor),
                    QStringLiteral("token %1").arg(page.syncToken)};
    for (const SessionRecord &s : page.sessions)
        out << QStringList{s.id,         s.visitorId,   s.customerId, QString::number(s.startedAt),
                           s.landingUrl, s.referrerUrl, s.userAgent,  s.attribution}
                   .join(QLatin1Char('|'));
    for (const EventRecord &e : page.events)
        out << QStringList{e.id,        e.sessionId, e.type,       QString::number(e.at),
                           e.productId, e.orderId,   e.customerId, e.shareTarget,
                           e.page,      e.query}
                   .join(QLatin1Char('|'));
    for (const DeletedRecord &d : page.deleted)
        out << QStringLiteral("deleted %1 %2").arg(d.id).arg(d.updatedAt);
    for (const QuarantinedRecord &q : page.quarantined)
        out << QStringLiteral("quarantined %1: %2").arg(q.recordId, q.reason);
    return out;
}

} // namespace

class TestRecordParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("epochMs");
        const qint64 base =
            QDateTime(QDate(2026, 11, 24), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("beijing offset") << "2026-11-24T09:30:00+08:00" << true << base;
        QTest::newRow("utc Z") << "2026-11-24T01:30:00Z" << true << base;
        QTest::newRow("negative offset") << "2026-11-23T20:30:00-05:00" << true << base;
        QTest::newRow("millis") << "2026-11-24T01:30:00.250Z" << true << base + 250;
        QTest::newRow("micros") << "2026-11-24T01:30:00.123456Z" << true << base + 123;
        QTest::newRow("crosses midnight back")
            << "2026-11-24T00:30:00+08:00" << true
            << QDateTime(QDate(2026, 11, 23), QTime(16, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("leap day")
            << "2028-02-29T00:00:00Z" << true
            << QDateTime(QDate(2028, 2, 29), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("no leap day") << "2026-02-29T00:00:00Z" << false << qint64(0);
        QTest::newRow("month 13") << "2026-13-45T99:00:00+08:00" << false << qint64(0);
        QTest::newRow("hour 24") << "2026-11-24T24:00:00Z" << false << qint64(0);
        QTest::newRow("no offset") << "2026-11-24T09:30:00" << false << qint64(0);
        QTest::newRow("bad offset") << "2026-11-24T09:30:00+0800" << false << qint64(0);
        QTest::newRow("trailing junk") << "2026-11-24T09:30:00Zjunk" << false << qint64(0);
        QTest::newRow("date only") << "2026-11-24" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("words") << "yesterday at noon, roughly" << false << qint64(0);
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, epochMs);
        qint64 ms = -1;
        QCOMPARE(RecordParser::parseTimestamp(text, &ms), valid);
        if (valid)
            QCOMPARE(ms, epochMs);
    }

    void malformedRecordsAreQuarantinedWithReason_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("price as string") << "products"
            << QByteArray(R"({"id":"p_1","title":"龙井","price":"199.00","stock":1,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "price";
        QTest::newRow("negative stock") << "products"
            << QByteArray(R"({"id":"p_1","title":"龙井","price":100,"stock":-3,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "stock";
        QTest::newRow("unknown status") << "products"
            << QByteArray(R"({"id":"p_1","title":"龙井","price":100,"stock":3,"status":"sold","updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "status";
        QTest::newRow("fractional price") << "products"
            << QByteArray(R"({"id":"p_1","title":"龙井","price":199.5,"stock":3,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "price";
        QTest::newRow("customer without registered_at") << "customers"
            << QByteArray(R"({"id":"c_1","nickname":"小林","updated_at":"2026-11-24T09:30:00+08:00"})")
            << "registered_at";
        QTest::newRow("order without id") << "orders"
            << QByteArray(R"({"number":"YT1","status":"paid","created_at":"2026-11-24T09:30:00+08:00","total":100,"items":[],"updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "id";
        QTest::newRow("quantity zero") << "orders"
            << QByteArray(R"({"id":"o_1","number":"YT1","status":"paid","created_at":"2026-11-24T09:30:00+08:00","total":100,"items":[{"product_id":"p_1","title":"x","quantity":0,"unit_price":100}],"updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "quantity";
        QTest::newRow("paid before created") << "orders"
            << QByteArray(R"({"id":"o_1","number":"YT1","status":"paid","created_at":"2026-11-24T09:30:00+08:00","paid_at":"2026-11-23T09:30:00+08:00","total":100,"items":[],"updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "paid_at";
        QTest::newRow("bad session timestamp") << "sessions"
            << QByteArray(R"({"id":"s_1","visitor_id":"v_1","started_at":"2026-13-45T99:00:00+08:00","landing_url":"https:\/\/shop.example.cn\/"})")
            << "started_at";
        QTest::newRow("purchase without order") << "events"
            << QByteArray(R"({"id":"e_1","session_id":"s_1","type":"purchase","at":"2026-11-24T09:30:00+08:00"})")
            << "order_id";
        QTest::newRow("page view without its page")
            << "events"
            << QByteArray(
                   R"({"id":"e_1","session_id":"s_1","type":"view_page","at":"2026-11-24T09:30:00+08:00"})")
            << "page";
        QTest::newRow("search without its query")
            << "events"
            << QByteArray(
                   R"({"id":"e_1","session_id":"s_1","type":"search","at":"2026-11-24T09:30:00+08:00","query":""})")
            << "query";
        QTest::newRow("unknown event type") << "events"
            << QByteArray(R"({"id":"e_1","session_id":"s_1","type":"teleport","at":"2026-11-24T09:30:00+08:00"})")
            << "type";
        QTest::newRow("commission level zero") << "commissions"
            << QByteArray(R"({"id":"cm_1","order_id":"o_1","beneficiary_id":"c_1","level":0,"amount":10,"status":"pending","created_at":"2026-11-24T09:30:00+08:00","updated_at":"2026-11-24T09:30:00+08:00"})")
            << "level";
        QTest::newRow("id is a number") << "products"
            << QByteArray(R"({"id":12,"title":"龙井","price":100,"stock":3,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":1})")
            << "id";
    }

    void malformedRecordsAreQuarantinedWithReason()
    {
        QFETCH(QString, collection);
        QFETCH(QByteArray, json);
        QFETCH(QString, reasonContains);
        Collection c;
        QVERIFY(Collections::fromName(collection, &c));
        const QByteArray body = "{\"data\":[" + json + "],\"next_cursor\":null,\"sync_token\":\"t\"}";
        ParsedPage page;
        QString error;
        QVERIFY(RecordParser::parsePage(c, body, &page, &error));
        QCOMPARE(page.quarantined.size(), 1);
        QCOMPARE(page.recordCount(), 1);
        QVERIFY2(page.quarantined.first().reason.contains(reasonContains), qPrintable(page.quarantined.first().reason));
        QVERIFY(!page.quarantined.first().rawJson.isEmpty());
        QVERIFY(QJsonDocument::fromJson(page.quarantined.first().rawJson).isObject() ||
                QJsonDocument::fromJson(page.quarantined.first().rawJson).isArray());
    }

    void goodRecordsBesideBadOnesAreKept()
    {
        const QByteArray body = R"({"data":[
            {"id":"p_1","sku":"TEA-1","title":"明前龙井 250g","category":"绿茶","price":19900,"stock":42,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":7,"extra_field":"ignored"},
            42,
            {"id":"p_2","title":"坏","price":-1,"stock":1,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":1},
            {"id":"p_3","title":"正山小种","price":9900,"stock":0,"status":"draft","updated_at":"2026-11-24T01:30:00Z","version":2},
            {"id":"p_4","deleted":true,"updated_at":"2026-11-24T01:30:00Z"}
        ],"next_cursor":"abc","sync_token":null})";
        ParsedPage page;
        QString error;
        QVERIFY(RecordParser::parsePage(Collection::Products, body, &page, &error));
        QCOMPARE(page.products.size(), 2);
        QCOMPARE(page.products.at(0).price, 19900);
        QCOMPARE(page.products.at(0).title, QStringLiteral("明前龙井 250g"));
        QCOMPARE(page.products.at(1).status, QStringLiteral("draft"));
        QCOMPARE(page.quarantined.size(), 2);
        QCOMPARE(page.quarantined.at(1).recordId, QStringLiteral("p_2"));
        QCOMPARE(page.deleted.size(), 1);
        QCOMPARE(page.deleted.first().id, QStringLiteral("p_4"));
        QVERIFY(page.hasNextCursor);
        QCOMPARE(page.nextCursor, QStringLiteral("abc"));
    }

    void unusableEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cut short") << QByteArray(R"({"data":[{"id":"p_1","title":"x")");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("no data") << QByteArray(R"({"items":[]})");
        QTest::newRow("last page without token") << QByteArray(R"({"data":[],"next_cursor":null,"sync_token":null})");
        QTest::newRow("empty") << QByteArray();
    }

    void unusableEnvelopes()
    {
        QFETCH(QByteArray, body);
        ParsedPage page;
        QString error;
        QVERIFY(!RecordParser::parsePage(Collection::Products, body, &page, &error));
        QVERIFY(!error.isEmpty());
    }

    // FlatPageScanner reads sessions and events without QJsonDocument, or declines the page:
    // either way the records are the ones the document gives (or the same error).
    void flatPagesReadAsTheDocumentDoes_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("flat"); // whether the scanner takes the page itself
        const QByteArray view =
            R"({"id":"e_1","session_id":"s_1","type":"view_product","at":"2026-11-24T09:30:00+08:00","product_id":"p_1","customer_id":null})";
        const QByteArray session =
            R"({"id":"s_1","visitor_id":"v_1","started_at":"2026-11-24T09:30:00Z","landing_url":"https://shop.example/p?x=1&y=\u00e9","referrer_url":"https:\/\/www.baidu.com\/s?wd=%E7%BA%A2%E8%8C%B6","user_agent":"Mozilla \"quoted\"\ttab","attribution":null})";
        const QByteArray nextPage = R"(,"next_cursor":"c2","sync_token":null)";
        const auto page = [](const QByteArray &records, const QByteArray &tail) {
            return "{\"data\":[" + records + "]" + tail + "}";
        };
        QTest::newRow("sessions with escapes") << "sessions" << page(session, nextPage) << true;
        QTest::newRow("events, Chinese query")
            << "events"
            << page(
                   view +
                       R"(,{"id":"e_2","session_id":"s_1","type":"search","at":"2026-11-24T01:31:00.5Z","query":"寿眉 煮茶 🍵"})",
                   nextPage)
            << true;
        QTest::newRow("unknown keys of every kind")
            << "events"
            << page(
                   R"({"n":-12.5,"b":true,"f":false,"z":null,"id":"e_1","session_id":"s_1","type":"share","at":"2026-11-24T01:31:00Z","share_target":"wechat_group","deleted":false})",
                   nextPage)
            << true;
        QTest::newRow("spaced out, last page")
            << "events"
            << ("{ \"sync_token\" : \"t9\" ,\n \"meta\": {\"a\": [1, {\"b\": "
                "null}]},\r\n\t\"data\" : [ " +
                view + " ] }")
            << true;
        QTest::newRow("empty page") << "sessions" << page("", nextPage) << true;
        QTest::newRow("escaped surrogate pair")
            << "events"
            << page(
                   R"({"id":"e_2","session_id":"s_1","type":"search","at":"2026-11-24T01:31:00Z","query":"tea \ud83c\udf75"})",
                   nextPage)
            << false;
        QTest::newRow("escaped key")
            << "events"
            << page(
                   R"({"id":"e_1","s\u0065ssion_id":"s_1","type":"view_page","at":"2026-11-24T01:31:00Z","page":"/about"})",
                   nextPage)
            << false;
        QTest::newRow("nested value")
            << "sessions"
            << page(
                   R"({"id":"s_1","visitor_id":"v_1","started_at":"2026-11-24T09:30:00Z","extra":{"a":1}})",
                   nextPage)
            << false;
        QTest::newRow("field given twice")
            << "sessions"
            << page(
                   R"({"id":"s_1","visitor_id":"v_1","visitor_id":"v_2","started_at":"2026-11-24T09:30:00Z"})",
                   nextPage)
            << false;
        QTest::newRow("bad record beside good")
            << "events"
            << page(
                   view +
                       R"(,{"id":"e_3","session_id":"s_1","type":"purchase","at":"2026-11-24T01:31:00Z"})",
                   nextPage)
            << false;
        QTest::newRow("record not an object") << "events" << page(view + ",7", nextPage) << false;
        QTest::newRow("deleted record")
            << "events"
            << page(R"({"id":"e_9","deleted":true,"updated_at":"2026-11-24T01:31:00Z"})", nextPage)
            << false;
        QTest::newRow("exponent") << "events" << page(view, R"(,"next_cursor":"c2","n":1e3)")
                                  << false;
        QTest::newRow("invalid UTF-8")
            << "events"
            << page("{\"id\":\"e_2\",\"session_id\":\"s_1\",\"type\":\"search\",\"at\":\"2026-11-"
                    "24T01:31:00Z\",\"query\":\"\xc3\x28\"}",
                    nextPage)
            << false;
        QTest::newRow("garbage after") << "sessions" << page(session, nextPage) + "x" << false;
        QTest::newRow("last page without token") << "sessions" << page(session, "") << false;
        QTest::newRow("not a page") << "events" << QByteArray("[1,2]") << false;
    }

    void flatPagesReadAsTheDocumentDoes()
    {
        QFETCH(QString, collection);
        QFETCH(QByteArray, body);
        QFETCH(bool, flat);
        Collection c;
        QVERIFY(Collections::fromName(collection, &c));
        ParsedPage scanned, document;
        QCOMPARE(RecordParser::parseFlatPage(c, body, &scanned), flat);
        QString scanError, documentError;
        const bool parsed = RecordParser::parsePage(c, body, &scanned, &scanError);
        QCOMPARE(parsed, RecordParser::parsePageAsDocument(c, body, &document, &documentError));
        QCOMPARE(scanError, documentError);
        QCOMPARE(describe(scanned), describe(document));
        if (flat)
            QVERIFY(scanned.recordCount() > 0 || !body.contains("\"id\""));
    }

    void shop()
    {
        ShopRecord shop;
        QString error;
        QVERIFY(RecordParser::parseShop(R"({"id":"shop_1","name":"山野茶舍","currency":"CNY","timezone":"Asia/Shanghai","commission":{"rates_bp":[1000,500,200]}})", &shop, &error));
        QCOMPARE(shop.name, QStringLiteral("山野茶舍"));
        QCOMPARE(shop.ratesBp, (QList<int>{1000, 500, 200}));
        QVERIFY(!RecordParser::parseShop(R"({"id":"shop_1","name":"x","currency":"CNY","timezone":"Asia/Shanghai","commission":{"rates_bp":[1000,"lots"]}})", &shop, &error));
    }
};

QTEST_GUILESS_MAIN(TestRecordParser)
#include "tst_recordparser.moc"
