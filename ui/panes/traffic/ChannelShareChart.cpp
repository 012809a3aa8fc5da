#include "panes/traffic/ChannelShareChart.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/TrafficSourceTreeModel.h"

#include <QChart>
#include <QLocale>
#include <QPieSeries>

ChannelShareChart::ChannelShareChart(TrafficSourceTreeModel *model, QWidget *parent)
    : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("trafficShareChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelShareChart::rebuild);
    rebuild();
}

void ChannelShareChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

void ChannelShareChart::rebuild()
{
    auto *chart = new QChart;
    const bool revenue = m_measure == Measure::Revenue;
    chart->setTitle(revenue ? tr("Share of revenue") : tr("Share of sessions"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QPieSeries;
    const auto value = [revenue](const TrafficMeasures &m) {
        return revenue ? m.revenue : m.sessions;
    };
    const qint64 total = value(m_model->totals());
    for (const auto &[channel, measures] : m_model->channelTotals()) {
        if (value(measures) <= 0)
            continue;
        const double share = total > 0 ? 100.0 * double(value(measures)) / double(total) : 0.0;
        series->append(QStringLiteral("%1 %2%").arg(TrafficSource::channelDisplayName(channel),
                                                    QLocale().toString(share, 'f', 1)),
                       double(value(measures)));
    }
    chart->addSeries(series);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
