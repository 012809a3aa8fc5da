#include "sites/woocommerce/WooDate.h"

#include <QCoreApplication>
#include <QDate>

namespace {

// These reasons reach the shop owner as a quarantined record's reason, hence translated.
QString tr(const char *text)
{
    return QCoreApplication::translate("WooDate", text);
}

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerDay = 86400 * MsPerSecond;
// QDate's Julian day number of 1970-01-01. Going through the day number keeps the arithmetic
// free of any time zone: QDateTime would be correct with Qt::UTC too, but this cannot drift.
constexpr qint64 UnixEpochJulianDay = 2440588;

// `count` ASCII digits at text[at]; -1 if any is not one (QChar::digitValue would accept
// Arabic-Indic and other digits, which WooCommerce never writes).
int digits(const QString &text, qsizetype at, int count)
{
    int value = 0;
    for (int k = 0; k < count; ++k) {
        const QChar c = text.at(at + k);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

bool WooDate::parseGmt(const QString &text, qint64 *epochMs, QString *error)
{
    // 0123456789012345678
    // YYYY-MM-DDTHH:MM:SS
    constexpr qsizetype BaseLength = 19;
    const QString shown = u'"' + text.left(40) + u'"';
    const QString notGmt =
        tr("date %1 is not a WooCommerce GMT date like 2024-03-01T08:05:09").arg(shown);
    if (text.size() < BaseLength)
        return fail(error, notGmt);

    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':' ||
        text.at(16) != u':')
        return fail(error, notGmt);
    if (year == 0 || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return fail(error, tr("date %1 does not exist in the calendar").arg(shown));

    qsizetype i = BaseLength;
    qint64 millis = 0;
    if (i < text.size() && text.at(i) == u'.') {
        // Lenient: any number of digits, the first three count, the rest are cut (not rounded,
        // so ".9999" stays in its second like formatGmt's floor).
        qsizetype fractionDigits = 0;
        for (++i; i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9';
             ++i, ++fractionDigits) {
            if (fractionDigits < 3)
                millis = millis * 10 + (text.at(i).unicode() - u'0');
        }
        if (fractionDigits == 0)
            return fail(error, notGmt);
        for (; fractionDigits < 3; ++fractionDigits)
            millis *= 10;
    }
    if (i < text.size() && text.at(i) == u'Z')
        ++i;
    if (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'+' || c == u'-')
            return fail(error, tr("date %1 has a UTC offset; a WooCommerce GMT date has none, so "
                                  "this is probably not a *_gmt field")
                                   .arg(shown));
        return fail(error, tr("date %1 has unexpected text after the time").arg(shown));
    }

    const qint64 days = QDate(year, month, day).toJulianDay() - UnixEpochJulianDay;
    *epochMs = days * MsPerDay + ((hour * 60 + minute) * 60 + second) * MsPerSecond + millis;
    return true;
}

QString WooDate::formatGmt(qint64 epochMs)
{
    // Floor division, so that instants before 1970 land in the right day and second.
    qint64 days = epochMs / MsPerDay;
    qint64 msOfDay = epochMs % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + UnixEpochJulianDay);
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {};
    const qint64 secondOfDay = msOfDay / MsPerSecond;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(two(date.month()), two(date.day()), two(secondOfDay / 3600),
             two(secondOfDay / 60 % 60), two(secondOfDay % 60));
}
