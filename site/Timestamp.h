// RFC 3339 timestamps as the site writes them. The shop lives in Asia/Shanghai (UTC+8, no DST),
// so most timestamps carry "+08:00"; a deterministic ~5% are written in UTC with "Z" so that
// clients are made to honour offsets.
#pragma once

#include <QByteArray>
#include <QDate>

class Timestamp
{
public:
    static constexpr qint64 kBeijingOffset = 8 * 3600;

    /// Appends secs (Unix time) as "YYYY-MM-DDTHH:MM:SS+08:00", or "...Z" when utc.
    static void append(QByteArray &out, qint64 secs, bool utc);
    static QByteArray format(qint64 secs, bool utc);
    /// The deterministic choice of the "Z" form for one field of one record.
    static bool utcFor(quint32 salt, quint32 number, quint32 field);
    /// Unix time of local midnight (Beijing) at the start of date.
    static qint64 beijingMidnight(const QDate &date);
    /// The Beijing calendar date of a Unix time.
    static QDate beijingDate(qint64 secs);
    /// "YYYYMMDD" in Beijing time.
    static QByteArray beijingDayStamp(qint64 secs);
};
