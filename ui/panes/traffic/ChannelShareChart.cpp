#include "panes/traffic/ChannelShareChart.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/TrafficSourceTreeModel.h"

#include <QChart>
#include <QLocale>
#include <QPieSeries>

ChannelShareChart::ChannelShareChart(TrafficSourceTreeModel *model, QWidget *parent)
    : DashboardChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("trafficShareChart"));
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelShareChart::rebuild);
    connect(this, &DashboardChartView::rebuildRequested, this, &ChannelShareChart::rebuild);
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
    QChart *chart = newChart();
    const bool revenue = m_measure == Measure::Revenue;
    chart->setTitle(revenue ? tr("Share of revenue") : tr("Share of sessions"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QPieSeries;
    const auto value = [revenue](const TrafficMeasures &m) {
        return revenue ? m.revenue : m.sessions;
    };
    const qint64 total = value(m_model->totals());
    QStringList shares; // the slices' labels: the whole chart in words
    for (const auto &[channel, measures] : m_model->channelTotals()) {
        if (value(measures) <= 0)
            continue;
        const double share = total > 0 ? 100.0 * double(value(measures)) / double(total) : 0.0;
        shares << QStringLiteral("%1 %2%").arg(TrafficSource::channelDisplayName(channel),
                                               QLocale().toString(share, 'f', 1));
        series->append(shares.constLast(), double(value(measures)));
    }
    chart->addSeries(series);
    showChart(chart, shares.isEmpty() ? tr("Nothing to share out in this date range.")
                                      : shares.join(tr(", ")));
}
