#include "sites/woocommerce/WooMoney.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

class TestWooMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("two decimals") << "12.50" << 2 << qint64(1250);
        QTest::newRow("one decimal") << "12.5" << 2 << qint64(1250);
        QTest::newRow("negative") << "-5.00" << 2 << qint64(-500);
        QTest::newRow("zero") << "0" << 2 << qint64(0);
        QTest::newRow("negative zero") << "-0.00" << 2 << qint64(0);
        QTest::newRow("millions") << "1234567.89" << 2 << qint64(123456789);
        QTest::newRow("no point") << "199" << 2 << qint64(19900);
        QTest::newRow("cents only") << "0.05" << 2 << qint64(5);
        QTest::newRow("exact trailing zeros") << "12.500" << 2 << qint64(1250);
        QTest::newRow("leading zeros") << "007.10" << 2 << qint64(710);
        QTest::newRow("jpy") << "1500" << 0 << qint64(1500);
        QTest::newRow("jpy trailing zero") << "1500.0" << 0 << qint64(1500);
        QTest::newRow("kwd") << "1.234" << 3 << qint64(1234);
        QTest::newRow("kwd short") << "-0.5" << 3 << qint64(-500);
        QTest::newRow("qint64 max")
            << "92233720368547758.07" << 2 << std::numeric_limits<qint64>::max();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, minor);
        qint64 got = -42;
        QString error;
        QVERIFY2(WooMoney::parse(text, decimals, &got, &error), qPrintable(error));
        QCOMPARE(got, minor);
        QVERIFY(error.isEmpty());
    }

    // Each error says why, in words that point at the cause.
    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("reason");
        QTest::newRow("too precise") << "12.345" << 2 << "more than 2 decimal places";
        QTest::newRow("jpy fraction") << "12.5" << 0 << "more than 0 decimal places";
        QTest::newRow("empty") << "" << 2 << "empty";
        QTest::newRow("letters") << "abc" << 2 << "not a decimal number";
        QTest::newRow("exponent") << "1e3" << 2 << "exponent";
        QTest::newRow("arabic-indic digits") << "١٢" << 2 << "digits other than 0-9";
        QTest::newRow("fullwidth digits") << "１２" << 2 << "digits other than 0-9";
        QTest::newRow("leading space") << " 12" << 2 << "spaces";
        QTest::newRow("trailing space") << "12 " << 2 << "spaces";
        QTest::newRow("plus sign") << "+12" << 2 << "not a decimal number";
        QTest::newRow("comma") << "12,50" << 2 << "not a decimal number";
        QTest::newRow("grouping") << "1,234.00" << 2 << "not a decimal number";
        QTest::newRow("no integer part") << ".5" << 2 << "not a decimal number";
        QTest::newRow("no fraction") << "5." << 2 << "not a decimal number";
        QTest::newRow("minus only") << "-" << 2 << "not a decimal number";
        QTest::newRow("double minus") << "--5" << 2 << "not a decimal number";
        QTest::newRow("two points") << "1.2.3" << 2 << "not a decimal number";
        QTest::newRow("currency sign") << "¥12" << 2 << "not a decimal number";
        QTest::newRow("too large") << "92233720368547758.08" << 2 << "too large";
        QTest::newRow("far too large") << "99999999999999999999999" << 0 << "too large";
        QTest::newRow("bad decimals") << "1" << -1 << "decimal places";
        QTest::newRow("too many decimals") << "1" << 19 << "decimal places";
    }

    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, reason);
        qint64 got = -42;
        QString error;
        QVERIFY(!WooMoney::parse(text, decimals, &got, &error));
        QCOMPARE(got, qint64(-42)); // untouched
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!WooMoney::parse(text, decimals, &got)); // the reason is optional
    }

    void fromJsonNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("price") << 12.5 << 2 << true << qint64(1250);
        QTest::newRow("not binary-exact") << 19.99 << 2 << true << qint64(1999);
        QTest::newRow("0.1") << 0.1 << 2 << true << qint64(10);
        QTest::newRow("millions") << 1234567.89 << 2 << true << qint64(123456789);
        QTest::newRow("negative") << -5.0 << 2 << true << qint64(-500);
        QTest::newRow("negative zero") << -0.0 << 2 << true << qint64(0);
        QTest::newRow("whole jpy") << 1500.0 << 0 << true << qint64(1500);
        QTest::newRow("kwd") << 0.125 << 3 << true << qint64(125);
        QTest::newRow("large, no exponent") << 1e16 << 2 << true << qint64(1000000000000000000);
        QTest::newRow("float sum") << 0.1 + 0.2 << 2 << false << qint64(0);
        QTest::newRow("three decimals") << 1.005 << 2 << false << qint64(0);
        QTest::newRow("jpy fraction") << 12.5 << 0 << false << qint64(0);
        QTest::newRow("tiny") << 1e-7 << 2 << false << qint64(0);
        QTest::newRow("too large") << 1e300 << 2 << false << qint64(0);
        QTest::newRow("nan") << std::nan("") << 2 << false << qint64(0);
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << 2 << false
                                  << qint64(0);
    }

    void fromJsonNumber()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        qint64 got = -42;
        QString error;
        QCOMPARE(WooMoney::fromJsonNumber(value, decimals, &got, &error), ok);
        QCOMPARE(got, ok ? minor : qint64(-42));
        QCOMPARE(error.isEmpty(), ok);
    }

    void fromJson()
    {
        qint64 got = 0;
        QString error;
        QVERIFY(WooMoney::fromJson(QJsonValue(QStringLiteral("29.35")), 2, &got, &error));
        QCOMPARE(got, qint64(2935));
        QVERIFY(WooMoney::fromJson(QJsonValue(29.35), 2, &got, &error));
        QCOMPARE(got, qint64(2935));
        QVERIFY(WooMoney::fromJson(QJsonValue(7), 2, &got, &error));
        QCOMPARE(got, qint64(700));
        QVERIFY(!WooMoney::fromJson(QJsonValue(), 2, &got, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        QVERIFY(!WooMoney::fromJson(QJsonValue(true), 2, &got, &error));
        QVERIFY(!WooMoney::fromJson(QJsonValue(QStringLiteral("12.345")), 2, &got, &error));
        QVERIFY(error.contains(QStringLiteral("decimal places")));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("price") << qint64(1250) << 2 << "12.50";
        QTest::newRow("negative") << qint64(-500) << 2 << "-5.00";
        QTest::newRow("zero") << qint64(0) << 2 << "0.00";
        QTest::newRow("cents") << qint64(5) << 2 << "0.05";
        QTest::newRow("negative cents") << qint64(-5) << 2 << "-0.05";
        QTest::newRow("millions") << qint64(123456789) << 2 << "1234567.89";
        QTest::newRow("jpy") << qint64(1500) << 0 << "1500";
        QTest::newRow("jpy negative") << qint64(-7) << 0 << "-7";
        QTest::newRow("kwd") << qint64(1234) << 3 << "1.234";
        QTest::newRow("kwd fils") << qint64(-1) << 3 << "-0.001";
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << 2 << "92233720368547758.07";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << 2 << "-92233720368547758.08";
        QTest::newRow("bad decimals") << qint64(1) << -1 << "";
    }

    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(WooMoney::format(minor, decimals), text);
    }

    // format() then parse() gives the amount back, for any decimals used by real currencies.
    void roundTrip()
    {
        QRandomGenerator random(20240301); // fixed seed: a failure can be replayed
        for (int i = 0; i < 100; ++i) {
            const int decimals = int(random.bounded(4)); // 0 (JPY) .. 3 (KWD)
            // Half within everyday amounts, half anywhere in qint64 (whose minimum has no
            // positive counterpart, so parse() refuses it as too large: skipped).
            qint64 minor = i % 2 ? random.bounded(qint64(-100000000), qint64(100000000))
                                 : qint64(random.generate64());
            if (minor == std::numeric_limits<qint64>::min())
                minor = 0;
            const QString text = WooMoney::format(minor, decimals);
            qint64 back = 0;
            QString error;
            QVERIFY2(WooMoney::parse(text, decimals, &back, &error),
                     qPrintable(text + u' ' + error));
            QCOMPARE(back, minor);
        }
    }
};

QTEST_GUILESS_MAIN(TestWooMoney)
#include "tst_woomoney.moc"
