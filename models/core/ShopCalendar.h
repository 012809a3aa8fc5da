#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// Every "day" the app shows is a day in the shop's time zone, never the machine's. Timestamps in
// the store are UTC epoch milliseconds; this converts between the two.
class ShopCalendar
{
public:
    explicit ShopCalendar(const QByteArray &ianaId = QByteArrayLiteral("Asia/Shanghai"));

    const QTimeZone &timeZone() const { return m_zone; }
    QDate dayOf(qint64 epochMs) const;
    // [start, end) of a shop-local day, in epoch ms.
    qint64 startOfDay(QDate day) const;
    qint64 endOfDay(QDate day) const { return startOfDay(day.addDays(1)); }
    QDateTime toShopTime(qint64 epochMs) const;
    // The current time (Clock) in the shop's zone, and its day.
    QDateTime now() const;
    QDate today() const { return now().date(); }
    // The instant on `day` at the shop-local time of day of `timeOfDay` (the same hours of another
    // day: today until 14:05 against yesterday until 14:05).
    qint64 sameTimeOn(QDate day, const QDateTime &timeOfDay) const;

private:
    QTimeZone m_zone;
};
