#include "Timestamp.h"

namespace {

// Howard Hinnant's civil_from_days.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2));
}

inline void two(char *p, unsigned v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

void Timestamp::append(QByteArray &out, qint64 secs, bool utc)
{
    const qint64 local = secs + (utc ? 0 : kBeijingOffset);
    const qint64 days = floorDiv(local, 86400);
    const auto rem = unsigned(local - days * 86400);
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[25];
    two(buf, unsigned(y / 100) % 100);
    two(buf + 2, unsigned(y % 100));
    buf[4] = '-';
    two(buf + 5, m);
    buf[7] = '-';
    two(buf + 8, d);
    buf[10] = 'T';
    two(buf + 11, rem / 3600);
    buf[13] = ':';
    two(buf + 14, rem / 60 % 60);
    buf[16] = ':';
    two(buf + 17, rem % 60);
    if (utc) {
        buf[19] = 'Z';
        out.append(buf, 20);
    } else {
        memcpy(buf + 19, "+08:00", 6);
        out.append(buf, 25);
    }
}

QByteArray Timestamp::format(qint64 secs, bool utc)
{
    QByteArray out;
    append(out, secs, utc);
    return out;
}

bool Timestamp::utcFor(quint32 salt, quint32 number, quint32 field)
{
    quint32 h = salt * 0x9E3779B1u ^ number * 0x85EBCA77u ^ field * 0xC2B2AE3Du;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return h % 20 == 7;
}

qint64 Timestamp::beijingMidnight(const QDate &date)
{
    return (date.toJulianDay() - 2440588) * 86400 - kBeijingOffset;
}

QDate Timestamp::beijingDate(qint64 secs)
{
    return QDate::fromJulianDay(floorDiv(secs + kBeijingOffset, 86400) + 2440588);
}

QByteArray Timestamp::beijingDayStamp(qint64 secs)
{
    return beijingDate(secs).toString(u"yyyyMMdd").toLatin1();
}
