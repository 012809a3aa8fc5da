#include "panes/overview/OverviewChart.h"

#include "core/Money.h"
#include "itemmodels/OverviewModel.h"
#include "itemmodels/PartialDay.h"
#include "widgets/ChartAxisScale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>

OverviewChart::OverviewChart(OverviewModel *model, QWidget *parent)
    : DashboardChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("overviewChart"));
    setMinimumHeight(260);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewChart::rebuild);
    connect(this, &DashboardChartView::rebuildRequested, this, &OverviewChart::rebuild);
    rebuild();
}

void OverviewChart::rebuild()
{
    QChart *chart = newChart();
    chart->setTitle(tr("Last 30 days"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const ShopInfo &shop = m_model->shop();
    const bool visits = shop.capabilities().visits;
    const QString revenueTitle = tr("Revenue (%1)").arg(Money::symbol(shop.currency).trimmed());
    const QDateTime until = m_model->partialUntil();
    // Today's bar is a set of its own (stacked on the whole days' set, which is 0 there), so that
    // it is drawn hatched and named "today so far" in the legend.
    auto *revenue = new QBarSet(revenueTitle);
    revenue->setObjectName(QStringLiteral("overviewRevenue"));
    auto *revenueSoFar = new QBarSet(PartialDay::soFar(until));
    revenueSoFar->setObjectName(QStringLiteral("overviewRevenueSoFar"));
    auto *sessions = new QLineSeries;
    sessions->setObjectName(QStringLiteral("overviewSessions"));
    sessions->setName(tr("Sessions"));
    // From the last whole day to today's figures so far, dashed.
    auto *sessionsSoFar = new QLineSeries;
    sessionsSoFar->setObjectName(QStringLiteral("overviewSessionsSoFar"));
    sessionsSoFar->setName(PartialDay::soFar(until));
    QStringList days;
    qint64 maxRevenue = 0; // fen, as the bars are
    qint64 maxSessions = 0;
    bool afterToday = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OverviewModel::Figures f = m_model->figuresOn(row);
        const bool partial = m_model->isPartial(row);
        revenue->append(partial ? 0.0 : double(f.revenue));
        revenueSoFar->append(partial ? double(f.revenue) : 0.0);
        if (partial) {
            if (row > 0)
                sessionsSoFar->append(row - 1, double(m_model->figuresOn(row - 1).sessions));
            sessionsSoFar->append(row, double(f.sessions));
        } else if (!afterToday) { // days to come have no line
            sessions->append(row, double(f.sessions));
        }
        afterToday = afterToday || partial;
        maxRevenue = qMax(maxRevenue, f.revenue);
        maxSessions = qMax(maxSessions, f.sessions);
        days << (partial ? tr("Today") : m_model->dayOf(row).toString(QStringLiteral("M/d")));
    }
    auto *bars = new QStackedBarSeries;
    bars->append(revenue);
    if (until.isValid())
        bars->append(revenueSoFar);
    else
        delete revenueSoFar;
    chart->addSeries(bars);
    if (until.isValid()) {
        revenueSoFar->setBrush(QBrush(revenue->color(), Qt::BDiagPattern));
        revenueSoFar->setPen(QPen(revenue->color(), 1.5, Qt::DashLine));
        connect(revenueSoFar, &QBarSet::hovered, this, [this, until](bool on) {
            QToolTip::showText(QCursor::pos(), on ? PartialDay::explanation(until) : QString(),
                               this);
        });
    }
    if (visits) {
        chart->addSeries(sessions);
        if (until.isValid()) {
            chart->addSeries(sessionsSoFar);
            QPen dashed = sessions->pen();
            dashed.setStyle(Qt::DashLine);
            sessionsSoFar->setPen(dashed);
            sessionsSoFar->setPointsVisible(true);
            // The hatched bar already says "today so far" in the legend.
            for (QLegendMarker *marker : chart->legend()->markers(sessionsSoFar))
                marker->setVisible(false);
            connect(sessionsSoFar, &QLineSeries::hovered, this, [this, until](QPointF, bool on) {
                QToolTip::showText(QCursor::pos(), on ? PartialDay::explanation(until) : QString(),
                                   this);
            });
        } else {
            delete sessionsSoFar;
        }
    } else {
        delete sessions; // a shop without visits has no sessions line
        delete sessionsSoFar;
    }

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
        QCategoryAxis *sessionAxis =
            ChartAxisScale(0, double(maxSessions), ChartAxisScale::Kind::Count).createAxis();
        sessionAxis->setObjectName(QStringLiteral("overviewSessionAxis"));
        sessionAxis->setTitleText(tr("Sessions"));
        chart->addAxis(sessionAxis, Qt::AlignRight);
        for (QAbstractSeries *line : chart->series()) {
            if (line != bars) {
                line->attachAxis(dayAxis);
                line->attachAxis(sessionAxis);
            }
        }
    }

    showChart(chart, describe());
}

QString OverviewChart::describe() const
{
    int best = -1;
    int busiest = -1;
    qint64 total = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OverviewModel::Figures f = m_model->figuresOn(row);
        total += f.revenue;
        if (best < 0 || f.revenue > m_model->figuresOn(best).revenue)
            best = row;
        if (busiest < 0 || f.sessions > m_model->figuresOn(busiest).sessions)
            busiest = row;
    }
    if (best < 0 || total == 0)
        return tr("No revenue in these %n day(s).", nullptr, m_model->rowCount());
    const QString currency = m_model->shop().currency;
    const auto day = [this](int row) {
        return QLocale().toString(m_model->dayOf(row), QLocale::ShortFormat);
    };
    QString text = tr("Revenue per day over %n day(s): %1 in all, highest %2 on %3.", nullptr,
                      m_model->rowCount())
                       .arg(Money::display(total, currency),
                            Money::display(m_model->figuresOn(best).revenue, currency), day(best));
    if (m_model->shop().capabilities().visits)
        text += QLatin1Char(' ') +
                tr("Sessions per day: highest %1 on %2.")
                    .arg(QLocale().toString(m_model->figuresOn(busiest).sessions), day(busiest));
    return text;
}
