#include "panes/customers/ReferralEconomyChart.h"

#include "analytics/TrafficSource.h"
#include "core/Money.h"
#include "itemmodels/ReferralEconomyModel.h"
#include "widgets/ChartAxisScale.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QMap>

ReferralEconomyChart::ReferralEconomyChart(ReferralEconomyModel *model, QWidget *parent)
    : DashboardChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("referralEconomyChart"));
    setMinimumHeight(220);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralEconomyChart::rebuild);
    connect(this, &DashboardChartView::rebuildRequested, this, &ReferralEconomyChart::rebuild);
    rebuild();
}

void ReferralEconomyChart::rebuild()
{
    QChart *chart = newChart();
    chart->setTitle(tr("Revenue per acquisition channel, after commissions"));
    // Sources summed per channel, largest net revenue on top.
    struct Channel
    {
        qint64 own = 0, invitees = 0, commissions = 0;
    };
    QMap<QString, Channel> channels;
    for (const auto &row : m_model->rows()) {
        Channel &c = channels[row.channel];
        c.own += row.ownRevenue;
        c.invitees += row.inviteesRevenue;
        c.commissions += row.commissions;
    }
    QList<QString> order = channels.keys();
    std::sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        const Channel &x = channels[a], &y = channels[b];
        return x.own + x.invitees - x.commissions < y.own + y.invitees - y.commissions;
    });
    if (order.isEmpty()) {
        auto *empty = new QGraphicsTextItem(
            tr("No customers registered in this date range — pick a longer range."), chart);
        empty->setDefaultTextColor(QApplication::palette().color(QPalette::Text));
        empty->setPos(24, 48);
        showChart(chart, empty->toPlainText());
        setAccessibleName(tr("Referral economy chart"));
        return;
    }
    auto *net = new QBarSet(tr("Net revenue"));
    auto *commissions = new QBarSet(tr("Commissions"));
    QStringList names;
    qint64 highest = 0;
    QStringList sentences;
    for (const QString &channel : order) {
        const Channel &c = channels[channel];
        const QString name = channel.isEmpty() ? tr("First visit not on record")
                                               : TrafficSource::channelDisplayName(channel);
        names << name;
        net->append(double(c.own + c.invitees - c.commissions)); // fen, as the axis
        commissions->append(double(c.commissions));
        highest = std::max(highest, c.own + c.invitees);
        sentences.prepend(tr("%1 net %2 after %3 commissions")
                              .arg(name, Money::display(c.own + c.invitees - c.commissions),
                                   Money::display(c.commissions)));
    }
    // Net and commissions stacked: the whole bar is the revenue, its end what commissions took.
    auto *series = new QHorizontalStackedBarSeries;
    series->append(net);
    series->append(commissions);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignLeft);
    QCategoryAxis *values =
        ChartAxisScale(0, double(highest) * 1.05, ChartAxisScale::Kind::Money).createAxis();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->show();
    showChart(chart, sentences.join(tr("; ", "between channels")) + tr(".", "end of a sentence"));
    setAccessibleName(tr("Referral economy chart"));
}
