#include "core/Money.h"

#include <QLocale>

namespace Money {

QString toDecimal(qint64 minor)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString symbol(const QString &currency)
{
    return currency == QLatin1String("CNY") ? QStringLiteral("¥") : currency + QLatin1Char(' ');
}

QString display(qint64 minor, const QString &currency)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    const QString sign = symbol(currency);
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return QStringLiteral("%1%2%3.%4")
        .arg(negative ? QStringLiteral("-") : QString(), sign, c.toString(qulonglong(abs / 100)))
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

bool parseDecimal(const QString &text, qint64 *minor)
{
    QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("¥")))
        t = t.mid(1);
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t = t.mid(1);
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > 2 || (dot >= 0 && frac.isEmpty()))
        return false;
    for (QChar c : whole + frac) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    if (whole.size() > 15)
        return false;
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const qint64 value = whole.toLongLong() * 100 + frac.toLongLong();
    *minor = negative ? -value : value;
    return true;
}

} // namespace Money
