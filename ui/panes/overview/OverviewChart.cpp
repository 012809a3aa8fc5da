#include "panes/overview/OverviewChart.h"

#include "core/Money.h"
#include "itemmodels/OverviewModel.h"
#include "widgets/ChartAxisScale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>

OverviewChart::OverviewChart(OverviewModel *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("overviewChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewChart::rebuild);
    rebuild();
}

void OverviewChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Last 30 days"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const ShopInfo &shop = m_model->shop();
    const bool visits = shop.capabilities().visits;
    const QString revenueTitle = tr("Revenue (%1)").arg(Money::symbol(shop.currency).trimmed());
    auto *revenue = new QBarSet(revenueTitle);
    auto *sessions = new QLineSeries;
    sessions->setName(tr("Sessions"));
    QStringList days;
    qint64 maxRevenue = 0; // fen, as the bars are
    qint64 maxSessions = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OverviewModel::Figures f = m_model->figuresOn(row);
        revenue->append(double(f.revenue));
        sessions->append(row, double(f.sessions));
        maxRevenue = qMax(maxRevenue, f.revenue);
        maxSessions = qMax(maxSessions, f.sessions);
        days << m_model->dayOf(row).toString(QStringLiteral("M/d"));
    }
    auto *bars = new QBarSeries;
    bars->append(revenue);
    chart->addSeries(bars);
    if (visits)
        chart->addSeries(sessions);
    else
        delete sessions; // a shop without visits has no sessions line

    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    dayAxis->setLabelsAngle(-90);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    bars->attachAxis(dayAxis);

    QCategoryAxis *revenueAxis =
        ChartAxisScale(0, double(maxRevenue), ChartAxisScale::Kind::Money, QLocale(), shop.currency)
            .createAxis();
    revenueAxis->setObjectName(QStringLiteral("overviewRevenueAxis"));
    revenueAxis->setTitleText(revenueTitle);
    chart->addAxis(revenueAxis, Qt::AlignLeft);
    bars->attachAxis(revenueAxis);

    if (visits) {
        sessions->attachAxis(dayAxis);
        QCategoryAxis *sessionAxis =
            ChartAxisScale(0, double(maxSessions), ChartAxisScale::Kind::Count).createAxis();
        sessionAxis->setObjectName(QStringLiteral("overviewSessionAxis"));
        sessionAxis->setTitleText(tr("Sessions"));
        chart->addAxis(sessionAxis, Qt::AlignRight);
        sessions->attachAxis(sessionAxis);
    }

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
