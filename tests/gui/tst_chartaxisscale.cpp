// ChartAxisScale: round ticks at 1-2-5 steps and labels in the UI's locale, and the
// QCategoryAxis it makes for Qt Charts.
#include "widgets/ChartAxisScale.h"

#include <QCategoryAxis>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ChartAxisScale::Kind;

Q_DECLARE_METATYPE(ChartAxisScale::Kind)

class TestChartAxisScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scale_data();
    void scale();
    void stepsAreOneTwoFive();
    void axisLabelsSitOnTheTicks();
    void labelOfFigures();
};

void TestChartAxisScale::scale_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("labels");

    const QString en = u"en_US"_s, zh = u"zh_CN"_s;
    // The Overview's revenue axis read 0, 18441, 36882, 55324, 73765.
    QTest::newRow("overview count")
        << 0.0 << 73765.0 << Kind::Count << en
        << QStringList{u"0"_s, u"20,000"_s, u"40,000"_s, u"60,000"_s, u"80,000"_s};
    QTest::newRow("count in chinese")
        << 0.0 << 73765.0 << Kind::Count << zh
        << QStringList{u"0"_s, u"2万"_s, u"4万"_s, u"6万"_s, u"8万"_s};
    QTest::newRow("halves of 万") << 0.0 << 24000.0 << Kind::Count << zh
                                  << QStringList{u"0"_s,     u"0.5万"_s, u"1万"_s,
                                                 u"1.5万"_s, u"2万"_s,   u"2.5万"_s};
    QTest::newRow("below 万 stays plain")
        << 0.0 << 9000.0 << Kind::Count << zh
        << QStringList{u"0"_s, u"2,000"_s, u"4,000"_s, u"6,000"_s, u"8,000"_s, u"10,000"_s};
    QTest::newRow("亿") << 0.0 << 350000000.0 << Kind::Count << zh
                        << QStringList{u"0"_s, u"1亿"_s, u"2亿"_s, u"3亿"_s, u"4亿"_s};
    QTest::newRow("millions in english")
        << 0.0 << 3500000.0 << Kind::Count << en
        << QStringList{u"0"_s, u"1,000,000"_s, u"2,000,000"_s, u"3,000,000"_s, u"4,000,000"_s};
    QTest::newRow("tiny count") << 0.0 << 3.0 << Kind::Count << en
                                << QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s};
    QTest::newRow("seven") << 0.0 << 7.0 << Kind::Count << en
                           << QStringList{u"0"_s, u"2"_s, u"4"_s, u"6"_s, u"8"_s};
    QTest::newRow("one") << 0.0 << 1.0 << Kind::Count << en << QStringList{u"0"_s, u"1"_s};
    QTest::newRow("all zero") << 0.0 << 0.0 << Kind::Count << en
                              << QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    QTest::newRow("zero range reaches to 0")
        << 40.0 << 40.0 << Kind::Count << en
        << QStringList{u"0"_s, u"10"_s, u"20"_s, u"30"_s, u"40"_s};
    QTest::newRow("negative") << -1234.0 << 5678.0 << Kind::Count << en
                              << QStringList{u"-2,000"_s, u"0"_s, u"2,000"_s, u"4,000"_s,
                                             u"6,000"_s};
    QTest::newRow("all negative") << -70.0 << -70.0 << Kind::Count << en
                                  << QStringList{u"-80"_s, u"-60"_s, u"-40"_s, u"-20"_s, u"0"_s};
    QTest::newRow("not from zero")
        << 980.0 << 1020.0 << Kind::Count << en
        << QStringList{u"980"_s, u"990"_s, u"1,000"_s, u"1,010"_s, u"1,020"_s};
    // Money is in fen and labelled in yuan.
    QTest::newRow("money") << 0.0 << 7376500.0 << Kind::Money << en
                           << QStringList{u"¥0"_s, u"¥20,000"_s, u"¥40,000"_s, u"¥60,000"_s,
                                          u"¥80,000"_s};
    QTest::newRow("money in chinese")
        << 0.0 << 7376500.0 << Kind::Money << zh
        << QStringList{u"¥0"_s, u"¥2万"_s, u"¥4万"_s, u"¥6万"_s, u"¥8万"_s};
    QTest::newRow("money below a yuan")
        << 0.0 << 180.0 << Kind::Money << en
        << QStringList{u"¥0"_s, u"¥0.50"_s, u"¥1.00"_s, u"¥1.50"_s, u"¥2.00"_s};
    QTest::newRow("money small yuan")
        << 0.0 << 72500.0 << Kind::Money << en
        << QStringList{u"¥0"_s, u"¥200"_s, u"¥400"_s, u"¥600"_s, u"¥800"_s};
    QTest::newRow("money all zero")
        << 0.0 << 0.0 << Kind::Money << en
        << QStringList{u"¥0"_s, u"¥20"_s, u"¥40"_s, u"¥60"_s, u"¥80"_s, u"¥100"_s};
    QTest::newRow("money refunds")
        << -50000.0 << 150000.0 << Kind::Money << en
        << QStringList{u"-¥500"_s, u"¥0"_s, u"¥500"_s, u"¥1,000"_s, u"¥1,500"_s};
    // Percent in percentage points.
    QTest::newRow("percent") << 0.0 << 6.2 << Kind::Percent << en
                             << QStringList{u"0%"_s, u"2%"_s, u"4%"_s, u"6%"_s, u"8%"_s};
    QTest::newRow("small percent")
        << 0.0 << 0.73 << Kind::Percent << en
        << QStringList{u"0%"_s, u"0.2%"_s, u"0.4%"_s, u"0.6%"_s, u"0.8%"_s};
    QTest::newRow("tiny percent") << 0.0 << 0.04 << Kind::Percent << en
                                  << QStringList{u"0%"_s, u"0.01%"_s, u"0.02%"_s, u"0.03%"_s,
                                                 u"0.04%"_s};
    QTest::newRow("whole percent")
        << 0.0 << 100.0 << Kind::Percent << zh
        << QStringList{u"0%"_s, u"20%"_s, u"40%"_s, u"60%"_s, u"80%"_s, u"100%"_s};
    QTest::newRow("percent all zero")
        << 0.0 << 0.0 << Kind::Percent << en
        << QStringList{u"0%"_s, u"2%"_s, u"4%"_s, u"6%"_s, u"8%"_s, u"10%"_s};
    QTest::newRow("traditional script")
        << 0.0 << 73765.0 << Kind::Count << u"zh_TW"_s
        << QStringList{u"0"_s, u"2萬"_s, u"4萬"_s, u"6萬"_s, u"8萬"_s};
    QTest::newRow("german separators")
        << 0.0 << 73765.0 << Kind::Count << u"de_DE"_s
        << QStringList{u"0"_s, u"20.000"_s, u"40.000"_s, u"60.000"_s, u"80.000"_s};
}

void TestChartAxisScale::scale()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(Kind, kind);
    QFETCH(QString, locale);
    QFETCH(QStringList, labels);

    const ChartAxisScale scale(low, high, kind, QLocale(locale));
    QCOMPARE(scale.labels(), labels);
    QCOMPARE(scale.tickCount(), labels.size());
    QVERIFY(scale.tickCount() - 1 <= ChartAxisScale::kMaxIntervals);
    QVERIFY(scale.minimum() <= low);
    QVERIFY(scale.maximum() >= high);
    QCOMPARE(scale.ticks().constFirst(), scale.minimum());
    QCOMPARE(scale.ticks().constLast(), scale.maximum());
}

void TestChartAxisScale::stepsAreOneTwoFive()
{
    for (double high : {0.3, 7.0, 13.0, 99.0, 101.0, 4321.0, 73765.0, 123456789.0}) {
        const ChartAxisScale scale(0, high, Kind::Percent, QLocale(QLocale::English));
        const double step = scale.interval();
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) ||
                     qFuzzyCompare(mantissa, 5.0),
                 qPrintable(u"%1: step %2"_s.arg(high).arg(step)));
        // No more than one step of headroom above the data.
        QVERIFY2(scale.maximum() - high < step, qPrintable(u"%1"_s.arg(high)));
    }
}

void TestChartAxisScale::axisLabelsSitOnTheTicks()
{
    const ChartAxisScale scale(0, 7376500, Kind::Money, QLocale(u"zh_CN"_s));
    std::unique_ptr<QCategoryAxis> axis(scale.createAxis());
    QCOMPARE(axis->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 8000000.0);
    QCOMPARE(axis->categoriesLabels(),
             (QStringList{u"¥0"_s, u"¥2万"_s, u"¥4万"_s, u"¥6万"_s, u"¥8万"_s}));
    QCOMPARE(axis->endValue(u"¥0"_s), 0.0);
    QCOMPARE(axis->endValue(u"¥6万"_s), 6000000.0);
}

void TestChartAxisScale::labelOfFigures()
{
    const ChartAxisScale money(0, 7376500, Kind::Money, QLocale(u"en_US"_s), u"USD"_s);
    QCOMPARE(money.label(2000000), u"USD 20,000"_s);
    const ChartAxisScale percent(0, 0.73, Kind::Percent, QLocale(u"en_US"_s));
    QCOMPARE(percent.label(0.4), u"0.4%"_s);
}

QTEST_MAIN(TestChartAxisScale)
#include "tst_chartaxisscale.moc"
