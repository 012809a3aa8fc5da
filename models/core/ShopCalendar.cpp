#include "core/ShopCalendar.h"

#include "core/Clock.h"

ShopCalendar::ShopCalendar(const QByteArray &ianaId) : m_zone(ianaId)
{
    // An unknown zone id from a site must not turn days into UTC silently; fall back to the
    // contract's demo zone, which is what every Chinese shop uses.
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QDate ShopCalendar::dayOf(qint64 epochMs) const
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, m_zone).date();
}

qint64 ShopCalendar::startOfDay(QDate day) const
{
    return day.startOfDay(m_zone).toMSecsSinceEpoch();
}

QDateTime ShopCalendar::toShopTime(qint64 epochMs) const
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, m_zone);
}

QDateTime ShopCalendar::now() const
{
    return toShopTime(Clock::nowMs());
}

qint64 ShopCalendar::sameTimeOn(QDate day, const QDateTime &timeOfDay) const
{
    const QTime time = timeOfDay.toTimeZone(m_zone).time();
    // Wall-clock time, so that a DST change between the two days does not shift the hours; a time
    // that does not exist on `day` (a DST gap) is moved forward by Qt.
    return QDateTime(day, time, m_zone).toMSecsSinceEpoch();
}
