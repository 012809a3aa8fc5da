#include "widgets/DashboardChartView.h"

#include "widgets/ColorScheme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace {

// Text, grid and background from the palette: any contrast it has, high-contrast included, is
// the chart's too. Series keep the theme's colours.
void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor grid = QColor::fromRgbF(float(base.redF() * 0.8 + text.redF() * 0.2),
                                         float(base.greenF() * 0.8 + text.greenF() * 0.2),
                                         float(base.blueF() * 0.8 + text.blueF() * 0.2));
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace

DashboardChartView::DashboardChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // Tab reaches the chart, so that a screen reader says what it shows.
    setFocusPolicy(Qt::StrongFocus);
    connect(ColorScheme::instance(), &ColorScheme::changed, this,
            &DashboardChartView::rebuildRequested);
}

QChart *DashboardChartView::newChart()
{
    auto *chart = new QChart;
    chart->setTheme(ColorScheme::instance()->isDark() ? QChart::ChartThemeDark
                                                      : QChart::ChartThemeLight);
    return chart;
}

void DashboardChartView::showChart(QChart *chart, const QString &description)
{
    applyPalette(chart, QApplication::palette());
    setAccessibleName(chart->title());
    setAccessibleDescription(description);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void DashboardChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // A graphics view shows no focus of its own: a focus rectangle inside the frame.
    QStylePainter painter(viewport());
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = viewport()->rect().adjusted(2, 2, -2, -2);
    option.backgroundColor = palette().color(QPalette::Base);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void DashboardChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void DashboardChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}
