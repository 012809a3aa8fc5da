#include "core/ShopCalendar.h"

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

QDate ShopCalendar::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}
