#include "sites/woocommerce/WooMoney.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <cmath>
#include <limits>

namespace {

// These reasons reach the shop owner as a quarantined record's reason, hence translated.
QString tr(const char *text)
{
    return QCoreApplication::translate("WooMoney", text);
}

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The text as the owner will see it in a reason: quoted, and cut short if a site sent a novel.
QString quoted(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    if (text.size() <= MaxShown)
        return u'"' + text + u'"';
    return u'"' + text.left(MaxShown) + QStringLiteral("…\"");
}

// Why `text` is not a plain decimal, as precisely as we can tell: "not a number" alone would
// leave the owner guessing whether the site, a plugin or a locale setting is at fault.
QString malformedReason(const QString &text)
{
    bool hasSpace = false;
    bool hasExponent = false;
    bool hasOtherDigit = false;
    for (const QChar c : text) {
        if (c.isSpace())
            hasSpace = true;
        else if (c == u'e' || c == u'E')
            hasExponent = true;
        else if (c.isDigit() && !isAsciiDigit(c))
            hasOtherDigit = true;
    }
    if (hasSpace)
        return tr("amount %1 has spaces in it").arg(quoted(text));
    if (hasOtherDigit)
        return tr("amount %1 has digits other than 0-9").arg(quoted(text));
    if (hasExponent)
        return tr("amount %1 is in exponent notation, not a plain decimal").arg(quoted(text));
    return tr("amount %1 is not a decimal number like 12.50").arg(quoted(text));
}

constexpr quint64 MaxMagnitude = quint64(std::numeric_limits<qint64>::max());

// a * 10 + digit, false on overflow past qint64's maximum.
bool appendDigit(quint64 *a, int digit)
{
    if (*a > (MaxMagnitude - quint64(digit)) / 10)
        return false;
    *a = *a * 10 + quint64(digit);
    return true;
}

} // namespace

bool WooMoney::parse(const QString &text, int decimals, qint64 *minor, QString *error)
{
    if (decimals < 0 || decimals > MaxDecimals)
        return fail(error, tr("unsupported number of decimal places: %1").arg(decimals));
    if (text.isEmpty())
        return fail(error, tr("amount is empty"));

    const qsizetype n = text.size();
    qsizetype i = 0;
    const bool negative = text.at(0) == u'-';
    if (negative)
        ++i;

    // One pass builds the magnitude in minor units directly: the integer digits, then at most
    // `decimals` fraction digits, then zeros to pad a short fraction ("12.5" -> 1250).
    quint64 magnitude = 0;
    bool overflow = false;
    qsizetype integerDigits = 0;
    for (; i < n && isAsciiDigit(text.at(i)); ++i, ++integerDigits)
        overflow = overflow || !appendDigit(&magnitude, text.at(i).unicode() - u'0');

    qsizetype fractionDigits = 0;
    bool pointSeen = false;
    bool tooPrecise = false;
    if (i < n && text.at(i) == u'.') {
        pointSeen = true;
        for (++i; i < n && isAsciiDigit(text.at(i)); ++i, ++fractionDigits) {
            const int digit = text.at(i).unicode() - u'0';
            if (fractionDigits < decimals)
                overflow = overflow || !appendDigit(&magnitude, digit);
            else if (digit != 0)
                tooPrecise = true; // never rounded: the record goes to quarantine instead
        }
    }
    // Both sides of the point must have digits: ".5" and "5." are not what WooCommerce writes
    // (wc_format_decimal), so they hint at a plugin or a hand-edited value worth looking at.
    if (i != n || integerDigits == 0 || (pointSeen && fractionDigits == 0))
        return fail(error, malformedReason(text));
    if (tooPrecise) {
        return fail(error, tr("amount %1 has more than %2 decimal places for this currency")
                               .arg(quoted(text))
                               .arg(decimals));
    }
    for (qsizetype pad = fractionDigits; pad < decimals; ++pad)
        overflow = overflow || !appendDigit(&magnitude, 0);
    if (overflow)
        return fail(error, tr("amount %1 is too large").arg(quoted(text)));

    *minor = negative ? -qint64(magnitude) : qint64(magnitude);
    return true;
}

bool WooMoney::fromJsonNumber(double value, int decimals, qint64 *minor, QString *error)
{
    if (!std::isfinite(value))
        return fail(error, tr("amount is not a finite number"));
    // The shortest text that reads back as the same double is the text PHP's json_encode wrote
    // (serialize_precision -1), so parsing it recovers the shop's own decimal exactly. 'f'
    // rather than 'g': the same shortest digits, but never in exponent form (1e+16 would
    // otherwise be refused although it is a whole number).
    return parse(QString::number(value, 'f', QLocale::FloatingPointShortest), decimals, minor,
                 error);
}

bool WooMoney::fromJson(const QJsonValue &value, int decimals, qint64 *minor, QString *error)
{
    if (value.isString())
        return parse(value.toString(), decimals, minor, error);
    if (value.isDouble())
        return fromJsonNumber(value.toDouble(), decimals, minor, error);
    if (value.isUndefined() || value.isNull())
        return fail(error, tr("amount is missing"));
    return fail(error, tr("amount is neither a number nor a decimal string"));
}

QString WooMoney::format(qint64 minor, int decimals)
{
    if (decimals < 0 || decimals > MaxDecimals)
        return {};
    const bool negative = minor < 0;
    // Unsigned negation, so that the most negative qint64 has a magnitude too.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits.prepend(QString(decimals + 1 - digits.size(), u'0'));
        digits.insert(digits.size() - decimals, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}
