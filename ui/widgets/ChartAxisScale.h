#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCategoryAxis;

// The value axis of a chart with round numbers: ticks 1, 2 or 5 × 10ⁿ apart that cover the
// data, at most five intervals, and their labels in the UI's locale (thousands separated; 万 and
// 亿 when the UI is in Chinese; the shop's currency on money; percentages with as many decimals
// as the step needs).
//
// QValueAxis labels its ticks through a printf format, which can do neither 万 nor the locale's
// separators, so createAxis() makes a QCategoryAxis (a QValueAxis whose labels are given) with a
// label on each tick value (AxisLabelsPositionOnValue); the same on Qt 6.4 and 6.8. Series attach
// to it like to any value axis.
//
// 万 and 亿 are how Chinese writes large numbers, chosen by the locale like its group separator
// (the UI language sets the default QLocale), so they are number formatting, not translations.
class ChartAxisScale
{
public:
    enum class Kind {
        Count,   // integers: sessions, orders
        Money,   // integer fen, labelled in yuan (or the shop's currency)
        Percent, // percentage points: 12.5 is 12.5 %
    };

    // low..high in the axis's unit (fen for Money). An empty range (low == high) reaches to 0, or
    // from 0 to a small default span when the data are all 0.
    ChartAxisScale(double low, double high, Kind kind, const QLocale &locale = QLocale(),
                   const QString &currency = QStringLiteral("CNY"));

    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    double interval() const { return m_interval; }
    int tickCount() const { return int(m_ticks.size()); }
    QList<double> ticks() const { return m_ticks; }
    // The label of a value on this axis (ticks and figures of the same scale).
    QString label(double value) const;
    QStringList labels() const;

    // A new axis spanning minimum()..maximum() with labels() on ticks(); the chart it is added
    // to takes it.
    QCategoryAxis *createAxis() const;

    static constexpr int kMaxIntervals = 5;

private:
    double smallestStep() const;
    double defaultSpan() const;
    void chooseTicks(double low, double high);

    Kind m_kind;
    QLocale m_locale;
    QString m_currency;
    double m_min = 0;
    double m_max = 1;
    double m_interval = 1;
    QList<double> m_ticks;
    int m_decimals = 0;   // of a label's number, after dividing by m_divisor
    double m_divisor = 1; // 1, 10⁴ (万) or 10⁸ (亿), on top of fen → yuan for money
    QString m_unitName;   // 万 or 亿 (萬, 億 in traditional script) when m_divisor is not 1
};
