#pragma once

#include <QByteArray>

// Moves this process's local time zone: the one that Qt::LocalTime, QDateTime::currentDateTime(),
// toLocalTime() and QDate::startOfDay() without a zone use. A test sets it far from the shop's
// zone to show that the code under test never depends on it.
//
// Qt takes local time from the C runtime (localtime and mktime after tzset), and every runtime
// reads TZ; but the Microsoft one understands only the POSIX form ("EST5EDT", with the US rules
// for daylight saving time), not IANA ids, hence a small table. QTimeZone::systemTimeZone() asks
// Windows itself and does not follow; tests check offsets through local time instead of its id.
namespace MachineTimeZone {
// Call before anything reads local time. False if there is no rule here for the zone.
bool set(const QByteArray &ianaId);
} // namespace MachineTimeZone
