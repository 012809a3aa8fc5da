#include "panes/traffic/ChannelDailyChart.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/PartialDay.h"
#include "itemmodels/TrafficDailyModel.h"
#include "widgets/ChartAxisScale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>

ChannelDailyChart::ChannelDailyChart(TrafficDailyModel *model, QWidget *parent)
    : DashboardChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("trafficDailyChart"));
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChannelDailyChart::rebuild);
    connect(this, &DashboardChartView::rebuildRequested, this, &ChannelDailyChart::rebuild);
    rebuild();
}

void ChannelDailyChart::rebuild()
{
    QChart *chart = newChart();
    // Today's stack is the day so far: the title says until when, since its short axis label
    // (turned on its side beside 30 dates) has no room for it.
    const QDateTime until = m_model->partialUntil();
    chart->setTitle(until.isValid()
                        ? tr("Sessions per channel per day — %1").arg(PartialDay::soFar(until))
                        : tr("Sessions per channel per day"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QStackedBarSeries;
    QStringList days;
    qint64 maxTotal = 0;
    int busiest = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        days << (m_model->isPartial(row) ? tr("Today")
                                         : m_model->dayOf(row).toString(QStringLiteral("M/d")));
        if (busiest < 0 || m_model->sessions(row) > maxTotal)
            busiest = row;
        maxTotal = qMax(maxTotal, m_model->sessions(row));
    }
    QString topChannel;
    qint64 topSessions = 0;
    for (const QString &channel : TrafficSource::channels()) {
        auto *set = new QBarSet(TrafficSource::channelDisplayName(channel));
        qint64 sum = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const qint64 n = m_model->sessions(row, channel);
            sum += n;
            set->append(double(n));
        }
        if (sum > topSessions) {
            topSessions = sum;
            topChannel = set->label();
        }
        if (sum > 0)
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
    const QLocale locale;
    showChart(chart,
              maxTotal == 0
                  ? tr("No sessions in these %n day(s).", nullptr, int(days.size()))
                  : tr("%n day(s); the most sessions, %1, on %2; the largest channel: %3 with %4 "
                       "sessions.",
                       nullptr, int(days.size()))
                        .arg(locale.toString(maxTotal), days.value(busiest), topChannel,
                             locale.toString(topSessions)));
}
