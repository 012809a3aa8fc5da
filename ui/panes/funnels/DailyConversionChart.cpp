#include "panes/funnels/DailyConversionChart.h"

#include "itemmodels/PartialDay.h"
#include "itemmodels/TrafficDailyModel.h"
#include "widgets/ChartAxisScale.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QToolTip>

namespace {

// A day is plotted at noon UTC, so that the axis labels the right date in every zone.
double plotX(QDate day)
{
    return double(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

} // namespace

DailyConversionChart::DailyConversionChart(TrafficDailyModel *model, QWidget *parent)
    : DashboardChartView(parent), m_model(model)
{
    setObjectName(QStringLiteral("funnelConversionChart"));
    setMinimumHeight(200);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DailyConversionChart::rebuild);
    connect(this, &DashboardChartView::rebuildRequested, this, &DailyConversionChart::rebuild);
    rebuild();
}

void DailyConversionChart::rebuild()
{
    QChart *chart = newChart();
    chart->setTitle(tr("Conversion per day (purchased ÷ sessions)"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("funnelConversionLine"));
    line->setName(tr("Conversion"));
    // Today's conversion is the day so far: a dashed segment from the last whole day.
    const QDateTime until = m_model->partialUntil();
    auto *soFar = new QLineSeries;
    soFar->setObjectName(QStringLiteral("funnelConversionSoFar"));
    soFar->setName(PartialDay::soFar(until));
    double maxPercent = 0;
    bool afterToday = false;
    bool todaySoFar = false; // a day without sessions yet has no conversion to draw
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double percent = m_model->conversion(row) * 100.0;
        maxPercent = qMax(maxPercent, percent);
        const bool partial = m_model->isPartial(row);
        if (partial && m_model->sessions(row) > 0) {
            todaySoFar = true;
            if (row > 0)
                soFar->append(plotX(m_model->dayOf(row - 1)), m_model->conversion(row - 1) * 100.0);
            soFar->append(plotX(m_model->dayOf(row)), percent);
        } else if (!partial && !afterToday) { // days to come have no conversion yet
            line->append(plotX(m_model->dayOf(row)), percent);
        }
        afterToday = afterToday || partial;
    }
    chart->addSeries(line);
    if (until.isValid()) {
        // Without sessions yet there is no conversion to draw; the legend still says so.
        if (!todaySoFar)
            soFar->setName(tr("%1: no sessions yet").arg(PartialDay::soFar(until)));
        chart->addSeries(soFar);
        QPen dashed = line->pen();
        dashed.setStyle(Qt::DashLine);
        soFar->setPen(dashed);
        soFar->setPointsVisible(true);
        chart->legend()->show();
        chart->legend()->setAlignment(Qt::AlignBottom);
        connect(soFar, &QLineSeries::hovered, this, [this, until](QPointF, bool on) {
            QToolTip::showText(QCursor::pos(), on ? PartialDay::explanation(until) : QString(),
                               this);
        });
    } else {
        delete soFar;
    }
    auto *dayAxis = new QDateTimeAxis;
    dayAxis->setFormat(QStringLiteral("M/d"));
    dayAxis->setTickCount(qBound(2, int(m_model->rowCount()), 10));
    chart->addAxis(dayAxis, Qt::AlignBottom);
    QCategoryAxis *percentAxis =
        ChartAxisScale(0, maxPercent, ChartAxisScale::Kind::Percent).createAxis();
    chart->addAxis(percentAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(dayAxis);
        series->attachAxis(percentAxis);
    }
    if (m_model->rowCount() > 1) // every day of the range, today too when nothing is drawn there
        dayAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(qint64(plotX(m_model->dayOf(0))), QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(qint64(plotX(m_model->dayOf(m_model->rowCount() - 1))),
                                           QTimeZone::utc()));
    showChart(chart, description());
}

QString DailyConversionChart::description() const
{
    int best = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isPartial(row) && m_model->sessions(row) > 0 &&
            (best < 0 || m_model->conversion(row) > m_model->conversion(best)))
            best = row;
    }
    if (best < 0)
        return tr("No whole day with sessions in these %n day(s).", nullptr, m_model->rowCount());
    return tr("Conversion per day over %n day(s): highest %1 on %2.", nullptr, m_model->rowCount())
        .arg(QLocale().toString(m_model->conversion(best) * 100.0, 'f', 2) + QLatin1Char('%'),
             QLocale().toString(m_model->dayOf(best), QLocale::ShortFormat));
}
