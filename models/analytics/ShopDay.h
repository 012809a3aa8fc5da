#pragma once

#include <QDate>

// A shop-local day as stored in the traffic tables: the integer yyyymmdd. Computed in C++ from
// the shop's time zone (ShopCalendar), so SQL never needs a date function.
namespace ShopDay {
inline int key(QDate day)
{
    return day.isValid() ? day.year() * 10000 + day.month() * 100 + day.day() : 0;
}
inline QDate date(int key)
{
    return QDate(key / 10000, (key / 100) % 100, key % 100);
}
} // namespace ShopDay
