#include "panes/funnels/DailyConversionChart.h"

#include "itemmodels/TrafficDailyModel.h"
#include "widgets/ChartAxisScale.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimeZone>

DailyConversionChart::DailyConversionChart(TrafficDailyModel *model, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("funnelConversionChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DailyConversionChart::rebuild);
    rebuild();
}

void DailyConversionChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Conversion per day (purchased ÷ sessions)"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *line = new QLineSeries;
    line->setName(tr("Conversion"));
    double maxPercent = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        // Plotted at noon UTC of the day so that the axis labels the right date in every zone.
        const QDateTime at(m_model->dayOf(row), QTime(12, 0), QTimeZone::utc());
        const double percent = m_model->conversion(row) * 100.0;
        line->append(double(at.toMSecsSinceEpoch()), percent);
        maxPercent = qMax(maxPercent, percent);
    }
    chart->addSeries(line);
    auto *dayAxis = new QDateTimeAxis;
    dayAxis->setFormat(QStringLiteral("M/d"));
    dayAxis->setTickCount(qBound(2, int(m_model->rowCount()), 10));
    chart->addAxis(dayAxis, Qt::AlignBottom);
    line->attachAxis(dayAxis);
    QCategoryAxis *percentAxis =
        ChartAxisScale(0, maxPercent, ChartAxisScale::Kind::Percent).createAxis();
    chart->addAxis(percentAxis, Qt::AlignLeft);
    line->attachAxis(percentAxis);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
