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

void ChannelShareChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Share of sessions"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QPieSeries;
    const qint64 total = m_model->totals().sessions;
    for (const auto &[channel, measures] : m_model->channelTotals()) {
        if (measures.sessions <= 0)
            continue;
        const double share = total > 0 ? 100.0 * double(measures.sessions) / double(total) : 0.0;
        series->append(QStringLiteral("%1 %2%").arg(TrafficSource::channelDisplayName(channel),
                                                    QLocale().toString(share, 'f', 1)),
                       double(measures.sessions));
    }
    chart->addSeries(series);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
