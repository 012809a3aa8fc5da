#include "MachineTimeZone.h"
#include "sites/woocommerce/WooDate.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <cstdio>

namespace {

qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestWooDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseGmt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochMs");
        QTest::newRow("woocommerce form") << "2024-03-01T08:05:09" << qint64(1709280309000);
        QTest::newRow("epoch") << "1970-01-01T00:00:00" << qint64(0);
        QTest::newRow("before epoch") << "1969-12-31T23:59:59" << qint64(-1000);
        QTest::newRow("leap day") << "2024-02-29T23:59:59" << utcMs(2024, 2, 29, 23, 59, 59);
        // 02:30 in New York does not exist that day; in UTC nothing is special.
        QTest::newRow("new york dst gap") << "2024-03-10T07:30:00" << utcMs(2024, 3, 10, 7, 30, 0);
        QTest::newRow("first year") << "0001-01-01T00:00:00" << utcMs(1, 1, 1, 0, 0, 0);
        QTest::newRow("last second") << "9999-12-31T23:59:59" << qint64(253402300799000);
        // Leniencies: they cannot change the instant meant.
        QTest::newRow("Z") << "2024-03-01T08:05:09Z" << qint64(1709280309000);
        QTest::newRow("millis") << "2024-03-01T08:05:09.250" << qint64(1709280309250);
        QTest::newRow("tenths") << "2024-03-01T08:05:09.5" << qint64(1709280309500);
        QTest::newRow("micros cut") << "2024-03-01T08:05:09.123999" << qint64(1709280309123);
        QTest::newRow("fraction and Z") << "2024-03-01T08:05:09.9999Z" << qint64(1709280309999);
    }

    void parseGmt()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochMs);
        qint64 got = -42;
        QString error;
        QVERIFY2(WooDate::parseGmt(text, &got, &error), qPrintable(error));
        QCOMPARE(got, epochMs);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const QString shape = QStringLiteral("not a WooCommerce GMT date");
        const QString calendar = QStringLiteral("does not exist");
        QTest::newRow("empty") << "" << shape;
        QTest::newRow("date only") << "2024-03-01" << shape;
        QTest::newRow("no seconds") << "2024-03-01T08:05" << shape;
        QTest::newRow("short fields") << "2024-3-1T8:5:9" << shape;
        QTest::newRow("space separator") << "2024-03-01 08:05:09" << shape;
        QTest::newRow("lower-case t") << "2024-03-01t08:05:09" << shape;
        QTest::newRow("slashes") << "2024/03/01T08:05:09" << shape;
        QTest::newRow("arabic-indic digits") << "٢٠٢٤-03-01T08:05:09" << shape;
        QTest::newRow("empty fraction") << "2024-03-01T08:05:09." << shape;
        QTest::newRow("month 13") << "2024-13-01T00:00:00" << calendar;
        QTest::newRow("month 0") << "2024-00-01T00:00:00" << calendar;
        QTest::newRow("feb 30") << "2024-02-30T00:00:00" << calendar;
        QTest::newRow("no leap day") << "2023-02-29T00:00:00" << calendar;
        QTest::newRow("year 0") << "0000-01-01T00:00:00" << calendar;
        QTest::newRow("hour 24") << "2024-03-01T24:00:00" << calendar;
        QTest::newRow("minute 60") << "2024-03-01T08:60:00" << calendar;
        QTest::newRow("leap second") << "2016-12-31T23:59:60" << calendar;
        QTest::newRow("offset") << "2024-03-01T08:05:09+08:00"
                                << "UTC offset";
        QTest::newRow("negative offset") << "2024-03-01T08:05:09-05:00"
                                         << "UTC offset";
        QTest::newRow("trailing junk") << "2024-03-01T08:05:09x"
                                       << "after the time";
        QTest::newRow("trailing space") << "2024-03-01T08:05:09 "
                                        << "after the time";
        QTest::newRow("two Z") << "2024-03-01T08:05:09ZZ"
                               << "after the time";
    }

    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        qint64 got = -42;
        QString error;
        QVERIFY(!WooDate::parseGmt(text, &got, &error));
        QCOMPARE(got, qint64(-42));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void formatGmt_data()
    {
        QTest::addColumn<qint64>("epochMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("woocommerce form") << qint64(1709280309000) << "2024-03-01T08:05:09";
        QTest::newRow("millis floored") << qint64(1709280309999) << "2024-03-01T08:05:09";
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00";
        QTest::newRow("just before epoch") << qint64(-1) << "1969-12-31T23:59:59";
        QTest::newRow("second before epoch") << qint64(-1000) << "1969-12-31T23:59:59";
        QTest::newRow("leap day") << utcMs(2024, 2, 29, 12, 0, 0) << "2024-02-29T12:00:00";
        QTest::newRow("first year") << utcMs(1, 1, 1, 0, 0, 0) << "0001-01-01T00:00:00";
        QTest::newRow("last second") << qint64(253402300799999) << "9999-12-31T23:59:59";
        QTest::newRow("year 10000") << qint64(253402300800000) << "";
        QTest::newRow("year 0") << utcMs(1, 1, 1, 0, 0, 0) - 1 << "";
    }

    void formatGmt()
    {
        QFETCH(qint64, epochMs);
        QFETCH(QString, text);
        QCOMPARE(WooDate::formatGmt(epochMs), text);
    }

    void roundTrip()
    {
        QRandomGenerator random(20240301);
        const qint64 first = utcMs(1, 1, 1, 0, 0, 0) / 1000;
        const qint64 last = 253402300799;
        for (int i = 0; i < 100; ++i) {
            const qint64 ms = random.bounded(first, last + 1) * 1000;
            const QString text = WooDate::formatGmt(ms);
            qint64 back = 0;
            QString error;
            QVERIFY2(WooDate::parseGmt(text, &back, &error), qPrintable(text + u' ' + error));
            QCOMPARE(back, ms);
        }
    }
};

int main(int argc, char **argv)
{
    // Far from UTC and with daylight saving time: nothing here may follow the machine's zone.
    if (!MachineTimeZone::set(QByteArrayLiteral("America/New_York"))) {
        std::fprintf(stderr, "No rule to set the local time zone to America/New_York here\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestWooDate test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_woodate.moc"
