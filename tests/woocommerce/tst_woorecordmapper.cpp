// WooCommerce records into the common records: ids, money in fen, statuses, refunds, and the
// session an order's Order Attribution stands for; defects become reasons (the record is then set
// aside with its raw JSON by the sync).
#include "sites/woocommerce/WooRecordMapper.h"

#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject meta(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), QStringLiteral("_wc_order_attribution_") + key},
            {QStringLiteral("value"), value}};
}

QJsonObject baseOrder()
{
    return json(R"({"id": 7, "number": "7", "status": "processing", "customer_id": 0,
        "date_created_gmt": "2026-11-19T15:59:59", "date_modified_gmt": "2026-11-19T16:10:00",
        "date_paid_gmt": "2026-11-19T16:00:30", "total": "100.00",
        "billing": {"email": " Buyer@Example.CN "},
        "line_items": [{"product_id": 101, "variation_id": 111, "quantity": 3, "name": "龙井",
                        "subtotal": "100.00", "total": "100.00", "price": 33.333333333333336}],
        "refunds": [], "meta_data": []})");
}

} // namespace

class TestWooRecordMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderMoneyDatesAndGuest()
    {
        QJsonObject wc = baseOrder();
        wc.insert(QStringLiteral("refunds"), QJsonArray{json(R"({"id": 9, "total": "-12.50"})")});
        QJsonObject order, session;
        QString reason;
        QVERIFY2(WooRecordMapper::order(wc, {}, &order, &session, &reason), qPrintable(reason));
        QCOMPARE(order.value(QLatin1String("total")).toInteger(), 8750); // 100.00 - 12.50
        QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("paid"));
        QVERIFY(order.value(QLatin1String("customer_id")).isNull());
        QCOMPARE(order.value(QLatin1String("created_at")).toString(),
                 QStringLiteral("2026-11-19T15:59:59Z"));
        QCOMPARE(order.value(QLatin1String("version")).toInteger(),
                 QDateTime(QDate(2026, 11, 19), QTime(16, 10), QTimeZone::utc()).toMSecsSinceEpoch());
        const QJsonObject item = order.value(QLatin1String("items")).toArray().first().toObject();
        QCOMPARE(item.value(QLatin1String("product_id")).toString(), QStringLiteral("101:111"));
        // price 100/3 is not a whole number of fen: the subtotal shared out, rounded.
        QCOMPARE(item.value(QLatin1String("unit_price")).toInteger(), 3333);
        // A guest is known by a digest of the address they bought with, the same however typed.
        QVERIFY(session.value(QLatin1String("visitor_id"))
                    .toString()
                    .startsWith(QStringLiteral("wc-guest-")));
        QJsonObject again = baseOrder();
        again.insert(QStringLiteral("id"), 8);
        again.insert(QStringLiteral("billing"), json(R"({"email": "buyer@example.cn"})"));
        QJsonObject order2, session2;
        QVERIFY(WooRecordMapper::order(again, {}, &order2, &session2, &reason));
        QCOMPARE(session2.value(QLatin1String("visitor_id")),
                 session.value(QLatin1String("visitor_id")));
        QCOMPARE(session.value(QLatin1String("attribution")).toString(), QStringLiteral("none"));
        QVERIFY(!order.contains(QLatin1String("shipping")));
    }

    void aShipmentSentFromYutangKeepsItsTrackingNumber()
    {
        QJsonObject wc = baseOrder();
        wc.insert(QStringLiteral("status"), QStringLiteral("completed"));
        wc.insert(QStringLiteral("meta_data"),
                  QJsonArray{json(R"({"key": "_yutang_carrier", "value": "顺丰"})"),
                             json(R"({"key": "_yutang_tracking_number", "value": "SF1234567"})")});
        QJsonObject order, session;
        QString reason;
        QVERIFY(WooRecordMapper::order(wc, {}, &order, &session, &reason));
        const QJsonObject shipping = order.value(QLatin1String("shipping")).toObject();
        QCOMPARE(shipping.value(QLatin1String("carrier")).toString(), QStringLiteral("顺丰"));
        QCOMPARE(shipping.value(QLatin1String("tracking_number")).toString(),
                 QStringLiteral("SF1234567"));
    }

    void defectsAreReasons_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("total with too many decimals")
            << QStringLiteral("total") << QJsonValue(QStringLiteral("12.345"))
            << QStringLiteral("total");
        QTest::newRow("total not a number")
            << QStringLiteral("total") << QJsonValue(QStringLiteral("abc"))
            << QStringLiteral("total");
        QTest::newRow("no creation date") << QStringLiteral("date_created_gmt") << QJsonValue()
                                          << QStringLiteral("date_created_gmt");
        QTest::newRow("bad modification date") << QStringLiteral("date_modified_gmt")
                                               << QJsonValue(QStringLiteral("2026-13-01T00:00:00"))
                                               << QStringLiteral("date_modified_gmt");
        QTest::newRow("id not a number")
            << QStringLiteral("id") << QJsonValue(QStringLiteral("x")) << QStringLiteral("id");
        // Found by tests/fuzz/fuzz_woorecord: numbers past what a qint64 holds were converted
        // anyway (undefined behaviour), sums of amounts could overflow.
        QTest::newRow("id past 2^63")
            << QStringLiteral("id") << QJsonValue(1e19) << QStringLiteral("id");
        QTest::newRow("customer id past 2^63")
            << QStringLiteral("customer_id") << QJsonValue(-1e300) << QStringLiteral("customer_id");
        QTest::newRow("quantity past 2^63")
            << QStringLiteral("line_items")
            << QJsonValue(QJsonArray{json(R"({"product_id": 101, "quantity": 1e30, "price": 1})")})
            << QStringLiteral("line_items[0].quantity");
        QTest::newRow("subtotal shared out overflows")
            << QStringLiteral("line_items")
            << QJsonValue(QJsonArray{json(R"({"product_id": 101, "quantity": 3, "price": 0.001,
                                                "subtotal": "92233720368547758.07"})")})
            << QStringLiteral("line_items[0].subtotal");
        QTest::newRow("refunds add up past qint64")
            << QStringLiteral("refunds")
            << QJsonValue(QJsonArray{json(R"({"total": "-92233720368547758.07"})"),
                                     json(R"({"total": "-1.00"})")})
            << QStringLiteral("refunds");
    }

    void defectsAreReasons()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reasonMentions);
        QJsonObject wc = baseOrder();
        wc.insert(field, value);
        QJsonObject order, session;
        QString reason;
        QVERIFY(!WooRecordMapper::order(wc, {}, &order, &session, &reason));
        QVERIFY2(reason.contains(reasonMentions), qPrintable(reason));
    }

    void attributionBecomesTheSessionsUrls()
    {
        WooRecordMapper::Context context;
        context.siteHost = QStringLiteral("tea.example.cn");
        // UTM tags only for source type utm; they go back on the landing URL.
        QJsonObject utm = baseOrder();
        utm.insert(QStringLiteral("meta_data"),
                   QJsonArray{meta(QStringLiteral("source_type"), QStringLiteral("utm")),
                              meta(QStringLiteral("utm_source"), QStringLiteral("xiaohongshu")),
                              meta(QStringLiteral("utm_medium"), QStringLiteral("social")),
                              meta(QStringLiteral("utm_term"), QStringLiteral("龙井")),
                              meta(QStringLiteral("session_entry"),
                                   QStringLiteral("https://tea.example.cn/p/longjing"))});
        QJsonObject order, session;
        QString reason;
        QVERIFY(WooRecordMapper::order(utm, context, &order, &session, &reason));
        const QUrl landing(session.value(QLatin1String("landing_url")).toString());
        QCOMPARE(QUrlQuery(landing).queryItemValue(QStringLiteral("utm_source")),
                 QStringLiteral("xiaohongshu"));
        QCOMPARE(QUrlQuery(landing).queryItemValue(QStringLiteral("utm_term"), QUrl::FullyDecoded),
                 QStringLiteral("龙井"));
        QCOMPARE(session.value(QLatin1String("attribution")).toString(), QStringLiteral("utm"));

        // Typein: sourcebuster's "(direct)" tags are not campaign tags.
        QJsonObject typein = baseOrder();
        typein.insert(QStringLiteral("meta_data"),
                      QJsonArray{meta(QStringLiteral("source_type"), QStringLiteral("typein")),
                                 meta(QStringLiteral("utm_source"), QStringLiteral("(direct)")),
                                 meta(QStringLiteral("session_entry"),
                                      QStringLiteral("https://tea.example.cn/?from=groupmessage")),
                                 meta(QStringLiteral("user_agent"),
                                      QStringLiteral("Mozilla/5.0 MicroMessenger/8.0.47"))});
        QVERIFY(WooRecordMapper::order(typein, context, &order, &session, &reason));
        QCOMPARE(session.value(QLatin1String("landing_url")).toString(),
                 QStringLiteral("https://tea.example.cn/?from=groupmessage"));
        QVERIFY(session.value(QLatin1String("user_agent"))
                    .toString()
                    .contains(QStringLiteral("MicroMessenger")));

        // Organic without its referrer keeps the engine WooCommerce named.
        QJsonObject organic = baseOrder();
        organic.insert(QStringLiteral("meta_data"),
                       QJsonArray{meta(QStringLiteral("source_type"), QStringLiteral("organic")),
                                  meta(QStringLiteral("utm_source"), QStringLiteral("baidu"))});
        QVERIFY(WooRecordMapper::order(organic, context, &order, &session, &reason));
        QCOMPARE(session.value(QLatin1String("referrer_url")).toString(),
                 QStringLiteral("https://www.baidu.com/"));
    }

    void productsAndVariations()
    {
        const QJsonObject parent = json(R"({"id": 101, "name": "西湖龙井", "type": "variable",
            "categories": [{"id": 15, "name": "绿茶"}]})");
        const QJsonObject variation = json(R"({"id": 111, "sku": "LJ-50", "price": "88.00",
            "regular_price": "98.00", "sale_price": "88.00", "status": "publish",
            "stock_quantity": 7, "date_modified_gmt": "2026-11-01T02:00:00",
            "attributes": [{"name": "重量", "option": "50g"}]})");
        QJsonObject out;
        QString reason;
        QVERIFY2(WooRecordMapper::product(variation, &parent, {}, &out, &reason),
                 qPrintable(reason));
        QCOMPARE(out.value(QLatin1String("id")).toString(), QStringLiteral("101:111"));
        QCOMPARE(out.value(QLatin1String("title")).toString(), QStringLiteral("西湖龙井 – 50g"));
        QCOMPARE(out.value(QLatin1String("category")).toString(), QStringLiteral("绿茶"));
        QCOMPARE(out.value(QLatin1String("price")).toInteger(), 8800); // the price charged
        QCOMPARE(out.value(QLatin1String("stock")).toInteger(), 7);
        QCOMPARE(out.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        qint64 product = 0, var = 0;
        QVERIFY(WooRecordMapper::splitProductId(QStringLiteral("101:111"), &product, &var));
        QCOMPARE(product, 101);
        QCOMPARE(var, 111);
        QVERIFY(!WooRecordMapper::splitProductId(QStringLiteral("abc"), &product, &var));
    }

    void productNumbersOutOfRangeAreReasons()
    {
        const QJsonObject parent = json(R"({"id": 1e19, "name": "西湖龙井"})");
        const QJsonObject variation = json(R"({"id": 111, "price": "88.00",
            "date_modified_gmt": "2026-11-01T02:00:00"})");
        QJsonObject out;
        QString reason;
        QVERIFY(!WooRecordMapper::product(variation, &parent, {}, &out, &reason));
        QVERIFY2(reason.contains(QLatin1String("parent id")), qPrintable(reason));
        QJsonObject simple = variation;
        simple.insert(QStringLiteral("stock_quantity"), 1e300);
        QVERIFY(!WooRecordMapper::product(simple, nullptr, {}, &out, &reason));
        QVERIFY2(reason.contains(QLatin1String("stock_quantity")), qPrintable(reason));
        simple.insert(QStringLiteral("stock_quantity"), -3); // backorders: none in stock
        QVERIFY2(WooRecordMapper::product(simple, nullptr, {}, &out, &reason), qPrintable(reason));
        QCOMPARE(out.value(QLatin1String("stock")).toInteger(), 0);
    }

    void statusesBothWays()
    {
        QCOMPARE(WooRecordMapper::orderStatus(QStringLiteral("on-hold"), false),
                 QStringLiteral("pending"));
        QCOMPARE(WooRecordMapper::orderStatus(QStringLiteral("failed"), false),
                 QStringLiteral("cancelled"));
        QCOMPARE(WooRecordMapper::orderStatus(QStringLiteral("wc-custom"), true),
                 QStringLiteral("paid"));
        QCOMPARE(WooRecordMapper::wcOrderStatus(QStringLiteral("paid")),
                 QStringLiteral("processing"));
        QCOMPARE(WooRecordMapper::wcOrderStatus(QStringLiteral("shipped")),
                 QStringLiteral("completed"));
        QCOMPARE(WooRecordMapper::productStatus(QStringLiteral("private")),
                 QStringLiteral("draft"));
        QCOMPARE(WooRecordMapper::wcProductStatus(QStringLiteral("archived")),
                 QStringLiteral("private"));
    }
};

QTEST_GUILESS_MAIN(TestWooRecordMapper)
#include "tst_woorecordmapper.moc"
