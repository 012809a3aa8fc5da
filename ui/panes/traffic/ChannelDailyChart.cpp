#include "panes/traffic/ChannelDailyChart.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/TrafficDailyModel.h"
#include "widgets/ChartAxisScale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>

ChannelDailyChart::ChannelDailyChart(TrafficDailyModel *model, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("trafficDailyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelDailyChart::rebuild);
    rebuild();
}

void ChannelDailyChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Sessions per channel per day"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QStackedBarSeries;
    QStringList days;
    qint64 maxTotal = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        // Today's stack is the day so far.
        days << (m_model->isPartial(row) ? tr("Today so far")
                                         : m_model->dayOf(row).toString(QStringLiteral("M/d")));
        maxTotal = qMax(maxTotal, m_model->sessions(row));
    }
    for (const QString &channel : TrafficSource::channels()) {
        auto *set = new QBarSet(TrafficSource::channelDisplayName(channel));
        bool any = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const qint64 n = m_model->sessions(row, channel);
            any = any || n > 0;
            set->append(double(n));
        }
        if (any)
            series->append(set);
        else
            delete set;
    }
    chart->addSeries(series);
    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    if (days.size() > 14)
        dayAxis->setLabelsAngle(-90);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    series->attachAxis(dayAxis);
    QCategoryAxis *countAxis =
        ChartAxisScale(0, double(maxTotal), ChartAxisScale::Kind::Count).createAxis();
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
