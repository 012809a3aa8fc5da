#include "core/ShopCalendar.h"
#include "itemmodels/DateRange.h"

#include <QTest>
#include <QTimeZone>

class TestDateRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets()
    {
        const QDate today(2026, 11, 25);
        QCOMPARE(DateRange::fromPreset(DateRange::Preset::Today, today).dayCount(), 1);
        QCOMPARE(DateRange::fromPreset(DateRange::Preset::Yesterday, today).from(), QDate(2026, 11, 24));
        QCOMPARE(DateRange::fromPreset(DateRange::Preset::Last7Days, today).from(), QDate(2026, 11, 19));
        QCOMPARE(DateRange::fromPreset(DateRange::Preset::Last30Days, today).dayCount(), 30);
        QCOMPARE(DateRange::fromPreset(DateRange::Preset::Last90Days, today).dayCount(), 90);
        QCOMPARE(DateRange::fromPreset(DateRange::Preset::ThisMonth, today).from(), QDate(2026, 11, 1));
    }

    void shopDayBounds()
    {
        const ShopCalendar shanghai(QByteArrayLiteral("Asia/Shanghai"));
        const DateRange day(QDate(2026, 11, 22), QDate(2026, 11, 22));
        // 2026-11-22 00:00 in Shanghai is 2026-11-21 16:00 UTC.
        QCOMPARE(
            day.startMs(shanghai),
            QDateTime(QDate(2026, 11, 21), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(day.endMs(shanghai) - day.startMs(shanghai), qint64(24) * 3600 * 1000);
    }

    void settingsRoundTrip()
    {
        const QDate today(2026, 11, 25);
        const DateRange last7 = DateRange::fromPreset(DateRange::Preset::Last7Days, today);
        // A preset follows the calendar: restored a day later, it ends on the new today.
        QCOMPARE(DateRange::fromSettingsValue(last7.toSettingsValue(), today.addDays(1)).to(), today.addDays(1));
        const DateRange custom(QDate(2026, 1, 1), QDate(2026, 1, 31));
        QCOMPARE(DateRange::fromSettingsValue(custom.toSettingsValue(), today), custom);
        QCOMPARE(DateRange::fromSettingsValue(QStringLiteral("garbage"), today).dayCount(), 30);
    }
};

QTEST_GUILESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
