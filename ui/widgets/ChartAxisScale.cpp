#include "widgets/ChartAxisScale.h"

#include "core/Money.h"

#include <QCategoryAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double kEpsilon = 1e-9;

// Decimals that show a step of this size exactly: 0.5 → 1, 0.05 → 2, 20 → 0.
int decimalsFor(double step)
{
    if (step <= 0)
        return 0;
    return qMax(0, int(std::ceil(-std::log10(step) - kEpsilon)));
}

QString withoutTrailingZeros(QString number, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!number.contains(point))
        return number;
    while (number.endsWith(locale.zeroDigit()))
        number.chop(locale.zeroDigit().size());
    if (number.endsWith(point))
        number.chop(point.size());
    return number;
}

} // namespace

ChartAxisScale::ChartAxisScale(double low, double high, Kind kind, const QLocale &locale,
                               const QString &currency)
    : m_kind(kind), m_locale(locale), m_currency(currency)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    if (low > high)
        std::swap(low, high);
    if (high - low < smallestStep()) {
        if (high > 0)
            low = qMin(low, 0.0);
        else if (low < 0)
            high = qMax(high, 0.0);
        else
            high = defaultSpan();
    }
    chooseTicks(low, high);

    // What a label shows: yuan for money, then 万 or 亿 in Chinese when every tick is a multiple
    // of half of one (0.5万, 1万, 1.5万; 2,000 stays 2,000 rather than 0.2万).
    const double unit = m_kind == Kind::Money ? 100.0 : 1.0;
    if (m_locale.language() == QLocale::Chinese) {
        const bool traditional = m_locale.script() == QLocale::TraditionalChineseScript;
        if (m_interval / unit >= 5e7) {
            m_divisor = 1e8;
            m_unitName = traditional ? u"億"_s : u"亿"_s;
        } else if (m_interval / unit >= 5e3) {
            m_divisor = 1e4;
            m_unitName = traditional ? u"萬"_s : u"万"_s;
        }
    }
    m_decimals = decimalsFor(m_interval / unit / m_divisor);
    if (m_kind == Kind::Money && m_divisor == 1 && m_decimals > 0)
        m_decimals = 2; // money below a yuan reads as ¥0.50, not ¥0.5
}

double ChartAxisScale::smallestStep() const
{
    switch (m_kind) {
    case Kind::Count:
    case Kind::Money: // one fen
        return 1;
    case Kind::Percent:
        return 0.01;
    }
    return 1;
}

double ChartAxisScale::defaultSpan() const
{
    switch (m_kind) {
    case Kind::Count:
        return 5;
    case Kind::Money:
        return 10000; // ¥100
    case Kind::Percent:
        return 10;
    }
    return 1;
}

void ChartAxisScale::chooseTicks(double low, double high)
{
    // The smallest step of 1, 2 or 5 × 10ⁿ that covers low..high in at most kMaxIntervals.
    const double rough = (high - low) / kMaxIntervals;
    double decade = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 0;
    qint64 first = 0;
    qint64 last = 0;
    for (int attempt = 0; attempt < 40; ++attempt) {
        bool found = false;
        for (double multiple : {1.0, 2.0, 5.0}) {
            step = qMax(multiple * decade, smallestStep());
            first = qint64(std::floor(low / step + kEpsilon));
            last = qint64(std::ceil(high / step - kEpsilon));
            if (last - first <= kMaxIntervals) {
                found = true;
                break;
            }
        }
        if (found)
            break;
        decade *= 10;
    }
    if (last == first)
        ++last;
    m_interval = step;
    m_min = double(first) * step;
    m_max = double(last) * step;
    m_ticks.clear();
    for (qint64 i = first; i <= last; ++i)
        m_ticks.append(double(i) * step);
}

QString ChartAxisScale::label(double value) const
{
    const double unit = m_kind == Kind::Money ? 100.0 : 1.0;
    const double shown = std::abs(value) / unit / m_divisor;
    const bool negative = value < 0 && shown >= std::pow(10.0, -m_decimals) / 2;
    QString number = m_locale.toString(shown, 'f', m_decimals);
    if (!m_unitName.isEmpty())
        number = withoutTrailingZeros(number, m_locale) + m_unitName;
    if (shown == 0)
        number = m_locale.toString(0);
    switch (m_kind) {
    case Kind::Count:
        break;
    case Kind::Money:
        number = Money::symbol(m_currency) + number;
        break;
    case Kind::Percent:
        number += m_locale.percent();
        break;
    }
    return negative ? m_locale.negativeSign() + number : number;
}

QStringList ChartAxisScale::labels() const
{
    QStringList out;
    out.reserve(m_ticks.size());
    for (double tick : m_ticks)
        out.append(label(tick));
    return out;
}

QCategoryAxis *ChartAxisScale::createAxis() const
{
    auto *axis = new QCategoryAxis;
    axis->setRange(m_min, m_max);
    axis->setStartValue(m_min);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The first category ends where it starts, so that the minimum has its label too.
    for (double tick : m_ticks)
        axis->append(label(tick), tick);
    return axis;
}
