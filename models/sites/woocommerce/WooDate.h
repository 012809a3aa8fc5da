#pragma once

#include <QString>
#include <QtGlobal>

// WooCommerce's `*_gmt` timestamps to and from UTC epoch milliseconds.
//
// Every WooCommerce date comes twice: `date_created` in the shop's own time zone and
// `date_created_gmt` in UTC, both as "2024-03-01T08:05:09" with no offset. Only the `_gmt` one
// is unambiguous (the local one repeats an hour each autumn where there is daylight saving
// time), so Yutang reads only `_gmt` fields, and this class treats every value as UTC. Nothing
// here reads the machine's time zone: the shop's, the merchant's and the machine's may all
// differ.
class WooDate
{
public:
    WooDate() = delete;

    // "2024-03-01T08:05:09" -> 1709280309000. Strict about the shape WooCommerce writes
    // (wc_rest_prepare_date_response: PHP date 'Y-m-d\TH:i:s'): four-digit year, two-digit
    // month, day, hour, minute and second, ASCII digits, a real calendar date (no month 13, no
    // Feb 30, no hour 24, no second 60), nothing after it. Two additions are accepted, because
    // they cannot change which instant is meant and a future WooCommerce or a plugin filtering
    // the response might add them: fractional seconds (".5", ".123456"; cut to milliseconds) and
    // a trailing 'Z'. A numeric offset ("+08:00") is refused: a `_gmt` value never has one, so it
    // points at the wrong field being read. On error *epochMs is untouched and *error says why.
    static bool parseGmt(const QString &text, qint64 *epochMs, QString *error = nullptr);

    // 1709280309000 -> "2024-03-01T08:05:09", the form `modified_after` / `modified_before` take
    // with `dates_are_gmt=true`. Milliseconds are dropped (floored, also before 1970): asking
    // for changes after 08:05:09 when the mark was 08:05:09.700 fetches at worst a record again,
    // never skips one. Returns an empty string outside years 1..9999.
    static QString formatGmt(qint64 epochMs);
};
