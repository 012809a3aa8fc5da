#pragma once

#include <QString>
#include <QtGlobal>

class QJsonValue;

// WooCommerce amounts to and from integer minor units of the shop's currency.
//
// WooCommerce sends most amounts as decimal strings ("29.35") and a few as JSON numbers
// (line_items[].price). Yutang keeps money as integers end to end, so each amount is converted
// exactly once, here, and never through floating point: a value that is not a whole number of
// minor units is an error (the record is quarantined with the reason), not silently rounded.
//
// `decimals` is the number of digits after the point for the currency: 2 for CNY/USD/EUR,
// 0 for JPY, 3 for KWD. 0..18 are accepted (10^18 still fits a qint64).
class WooMoney
{
public:
    WooMoney() = delete;

    static constexpr int MaxDecimals = 18;

    // "12.50", "12.5", "-5.00", "0", "1234567.89" (decimals 2) -> 1250, 1250, -500, 0, 123456789.
    // Accepted: an optional leading '-', ASCII digits, optionally '.' and at least one ASCII
    // digit. Extra trailing zeros are fine ("12.500" is exactly 1250); a non-zero digit past
    // `decimals` is an error ("12.345" with 2), as are "", " 12", "+1", "1e3", ".5", "5.", "1,5"
    // and non-ASCII digits ("١٢"). On error *minor is untouched and *error (if given) says why,
    // in words a shop owner can act on.
    static bool parse(const QString &text, int decimals, qint64 *minor, QString *error = nullptr);

    // A JSON number such as line_items[].price. It becomes its shortest round-trip decimal text
    // first (what PHP's json_encode wrote, since PHP 7.1 uses serialize_precision -1), then goes
    // through parse(): 12.5 -> 1250 but 0.1 + 0.2 (0.30000000000000004) is an error.
    static bool fromJsonNumber(double value, int decimals, qint64 *minor, QString *error = nullptr);

    // Either form, as a field arrives: a string goes to parse(), a number to fromJsonNumber().
    // null, booleans, arrays and objects are errors.
    static bool fromJson(const QJsonValue &value, int decimals, qint64 *minor,
                         QString *error = nullptr);

    // 1250 -> "12.50", -500 -> "-5.00", 5 (decimals 0) -> "5", 1234 (decimals 3) -> "1.234".
    // No grouping, no currency sign, always '.': the form WooCommerce accepts in writes.
    // An out-of-range `decimals` returns an empty string.
    static QString format(qint64 minor, int decimals);
};
