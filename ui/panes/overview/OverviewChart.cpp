#include "panes/overview/OverviewChart.h"

#include "itemmodels/OverviewModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

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
    const QString revenueTitle =
        tr("Revenue (%1)")
            .arg(shop.currency == QLatin1String("CNY") ? QStringLiteral("¥") : shop.currency);
    auto *revenue = new QBarSet(revenueTitle);
    auto *sessions = new QLineSeries;
    sessions->setName(tr("Sessions"));
    QStringList days;
    double maxRevenue = 0;
    qint64 maxSessions = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OverviewModel::Figures f = m_model->figuresOn(row);
        const double yuan = double(f.revenue) / 100.0;
        revenue->append(yuan);
        sessions->append(row, double(f.sessions));
        maxRevenue = qMax(maxRevenue, yuan);
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

    auto *revenueAxis = new QValueAxis;
    revenueAxis->setTitleText(revenueTitle);
    revenueAxis->setLabelFormat(QStringLiteral("%.0f"));
    revenueAxis->setRange(0, maxRevenue > 0 ? maxRevenue * 1.1 : 1);
    chart->addAxis(revenueAxis, Qt::AlignLeft);
    bars->attachAxis(revenueAxis);

    if (visits) {
        sessions->attachAxis(dayAxis);
        auto *sessionAxis = new QValueAxis;
        sessionAxis->setTitleText(tr("Sessions"));
        sessionAxis->setLabelFormat(QStringLiteral("%.0f"));
        sessionAxis->setRange(0, maxSessions > 0 ? double(maxSessions) * 1.1 : 1);
        chart->addAxis(sessionAxis, Qt::AlignRight);
        sessions->attachAxis(sessionAxis);
    }

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}
