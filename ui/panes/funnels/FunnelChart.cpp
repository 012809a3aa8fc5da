#include "panes/funnels/FunnelChart.h"

#include "itemmodels/StepFunnelModel.h"
#include "widgets/ChartAxisScale.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTextDocument>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Room above the tallest bar for the label of a step that kept everyone.
constexpr double kHeadroom = 1.15;
constexpr int kMargin = 4;
constexpr int kNameGap = 6; // between the plot area and the step names
constexpr qreal kLabelZ = 100;

// The compared period's colour: the bars' own, faded towards white.
QColor lighter(const QColor &color)
{
    const auto fade = [](float c) { return 0.45f * c + 0.55f; };
    return QColor::fromRgbF(fade(color.redF()), fade(color.greenF()), fade(color.blueF()));
}

} // namespace

FunnelChart::FunnelChart(StepFunnelModel *model, const QString &title, QWidget *parent)
    : DashboardChartView(parent), m_model(model), m_title(title),
      m_emptyText(tr("Nothing reached the first step on the chosen days."))
{
    setMinimumHeight(200);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FunnelChart::rebuild);
    connect(this, &DashboardChartView::rebuildRequested, this, &FunnelChart::rebuild);
    rebuild();
}

void FunnelChart::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    if (m_empty)
        rebuild();
}

QString FunnelChart::emptyMessage() const
{
    return m_empty ? m_empty->toPlainText() : QString();
}

void FunnelChart::rebuild()
{
    QChart *chart = newChart();
    chart->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin));
    // Two charts side by side under their help text: no padding around the chart's own margins.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    m_bars = nullptr;
    m_compareBars = nullptr;
    m_labels.clear();
    m_plates.clear();
    m_stepNames.clear();
    m_empty = nullptr;
    if (m_model->countAt(0) > 0) {
        addBars(chart);
    } else {
        // No bars to draw: the sentence in the middle, wrapped to the chart's width.
        m_empty = new QGraphicsTextItem(m_emptyText, chart);
        m_empty->setDefaultTextColor(QApplication::palette().color(QPalette::Text));
        connect(chart, &QGraphicsWidget::geometryChanged, m_empty, [chart, item = m_empty] {
            const QRectF area = chart->rect().adjusted(16, 16, -16, -16);
            item->setTextWidth(area.width());
            const QRectF box = item->boundingRect();
            item->setPos(area.left(), area.center().y() - box.height() / 2);
        });
        QTextOption centred = m_empty->document()->defaultTextOption();
        centred.setAlignment(Qt::AlignHCenter);
        m_empty->document()->setDefaultTextOption(centred);
    }
    showChart(chart, description());
    // The chart has no title of its own (its group box has): name the view after the funnel.
    setAccessibleName(tr("%1 chart").arg(m_title));
}

void FunnelChart::addBars(QChart *chart)
{
    const bool compared = m_model->isCompared();
    chart->setTitle(tr("%1 at each step; above a bar, its share of the previous step")
                        .arg(m_model->countHeader()));
    auto *series = new QBarSeries;
    series->setObjectName(u"funnelSeries"_s);
    series->setBarWidth(compared ? 0.75 : 0.6);
    m_bars = new QBarSet(tr("Chosen days"));
    m_bars->setObjectName(u"funnelBars"_s);
    if (compared) {
        m_compareBars = new QBarSet(TrafficFilter::comparisonName(m_model->filter().comparison));
        m_compareBars->setObjectName(u"funnelCompareBars"_s);
    }
    QStringList steps;
    qint64 highest = 0;
    for (int step = 0; step < m_model->stepCount(); ++step) {
        steps.append(m_model->stepKey(step));
        m_bars->append(double(m_model->countAt(step)));
        highest = qMax(highest, m_model->countAt(step));
        if (m_compareBars) {
            m_compareBars->append(double(m_model->compareCountAt(step)));
            highest = qMax(highest, m_model->compareCountAt(step));
        }
    }
    series->append(m_bars);
    if (m_compareBars)
        series->append(m_compareBars);
    chart->addSeries(series);
    // After addSeries: the theme has coloured the bars by now.
    if (m_compareBars) {
        m_compareBars->setColor(lighter(m_bars->color()));
        m_compareBars->setBorderColor(lighter(m_bars->borderColor()));
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->legend()->show();
    }
    // The axis would cut long step names off with "…" in less than a bar's width: its own labels
    // are hidden, and the names are drawn under the bars, wrapped to their full width.
    auto *stepAxis = new QBarCategoryAxis;
    stepAxis->setObjectName(u"funnelStepAxis"_s);
    stepAxis->append(steps);
    stepAxis->setGridLineVisible(false);
    stepAxis->setLabelsVisible(false);
    chart->addAxis(stepAxis, Qt::AlignBottom);
    QCategoryAxis *valueAxis =
        ChartAxisScale(0, double(highest) * kHeadroom, ChartAxisScale::Kind::Count).createAxis();
    valueAxis->setObjectName(u"funnelValueAxis"_s);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(stepAxis);
    series->attachAxis(valueAxis);

    QTextOption centred(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (int step = 0; step < m_model->stepCount(); ++step) {
        auto *name = new QGraphicsTextItem(m_model->stepName(step), chart);
        name->document()->setDefaultTextOption(centred);
        name->document()->setDocumentMargin(0);
        name->setFont(stepAxis->labelsFont());
        name->setDefaultTextColor(QApplication::palette().color(QPalette::Text));
        name->setToolTip(toolTipText(step, false));
        m_stepNames.append(name);
    }
    QFont bold = stepAxis->labelsFont();
    bold.setBold(true);
    for (int step = 1; step < m_model->stepCount(); ++step) {
        auto *label = new QGraphicsSimpleTextItem(
            StepFunnelModel::percentText(m_model->shareOfPrevious(step)), chart);
        label->setFont(bold);
        label->setBrush(QApplication::palette().color(QPalette::Text));
        label->setToolTip(toolTipText(step, false));
        // Over the grid and the series (the chart stacks them above its own children), on a plate
        // of the background so that a grid line does not strike the figure out.
        label->setZValue(kLabelZ);
        auto *plate = new QGraphicsRectItem(chart);
        plate->setBrush(QApplication::palette().color(QPalette::Base));
        plate->setPen(Qt::NoPen);
        plate->setZValue(kLabelZ - 1);
        m_labels.append(label);
        m_plates.append(plate);
    }
    connect(chart, &QChart::plotAreaChanged, this, &FunnelChart::placeLabels);
    for (QBarSet *set : {m_bars, m_compareBars}) {
        if (!set)
            continue;
        const bool ofCompared = set == m_compareBars;
        connect(set, &QBarSet::hovered, this, [this, ofCompared](bool on, int step) {
            QToolTip::showText(QCursor::pos(), on ? toolTipText(step, ofCompared) : QString(),
                               this);
        });
    }
}

void FunnelChart::placeLabels()
{
    if (!m_bars)
        return;
    QChart *chart = this->chart();
    const QRectF area = chart->plotArea();
    QAbstractSeries *series = chart->series().constFirst();
    const qreal width = area.width() / m_model->stepCount();
    qreal namesHeight = 0;
    for (int step = 0; step < m_stepNames.size(); ++step) {
        QGraphicsTextItem *name = m_stepNames.at(step);
        name->setTextWidth(width - 4);
        name->setPos(area.left() + step * width + 2, area.bottom() + kNameGap);
        namesHeight = qMax(namesHeight, name->boundingRect().height());
    }
    // Room for the names under the plot area; a change lays the chart out again (and calls this).
    const int bottom = int(std::ceil(namesHeight)) + kNameGap + kMargin;
    if (chart->margins().bottom() != bottom) {
        QMargins margins = chart->margins();
        margins.setBottom(bottom);
        chart->setMargins(margins);
    }
    for (int step = 1; step <= m_labels.size(); ++step) {
        QGraphicsSimpleTextItem *label = m_labels.at(step - 1);
        double top = m_bars->at(step);
        if (m_compareBars)
            top = qMax(top, m_compareBars->at(step));
        const QPointF at = chart->mapToPosition(QPointF(step, top), series);
        const QRectF box = label->boundingRect();
        label->setPos(at.x() - box.width() / 2, qMax(area.top(), at.y() - box.height() - 2));
        m_plates.at(step - 1)->setRect(label->mapRectToParent(box).adjusted(-2, 0, 2, 0));
    }
}

QString FunnelChart::toolTipText(int step, bool compared) const
{
    const qint64 count = compared ? m_model->compareCountAt(step) : m_model->countAt(step);
    QStringList lines{u"<b>%1</b>"_s.arg(m_model->stepName(step).toHtmlEscaped())};
    if (compared)
        lines.append(TrafficFilter::comparisonName(m_model->filter().comparison).toHtmlEscaped());
    lines.append(tr("%1: %2").arg(m_model->countHeader(), QLocale().toString(count)));
    if (step > 0) {
        const double all = compared ? m_model->compareShareOfAll(step) : m_model->shareOfAll(step);
        const double previous =
            compared ? m_model->compareShareOfPrevious(step) : m_model->shareOfPrevious(step);
        lines.append(tr("Of the first step: %1").arg(StepFunnelModel::percentText(all)));
        lines.append(tr("Of the previous step: %1").arg(StepFunnelModel::percentText(previous)));
    }
    lines.append(u"<i>%1</i>"_s.arg(m_model->stepDefinition(step).toHtmlEscaped()));
    return lines.join(u"<br>"_s);
}

QString FunnelChart::description() const
{
    // A text alternative for screen readers: the whole funnel in one sentence.
    if (!m_bars)
        return m_emptyText;
    QStringList steps;
    for (int step = 0; step < m_model->stepCount(); ++step) {
        const QString count = QLocale().toString(m_model->countAt(step));
        steps.append(step == 0
                         ? tr("%1 %2").arg(m_model->stepName(step), count)
                         : tr("%1 %2 (%3 of the previous step)")
                               .arg(m_model->stepName(step), count,
                                    StepFunnelModel::percentText(m_model->shareOfPrevious(step))));
    }
    QString text = tr("%1: %2").arg(m_title, steps.join(tr("; ", "between steps")));
    if (m_compareBars) {
        QStringList counts;
        for (int step = 0; step < m_model->stepCount(); ++step)
            counts.append(QLocale().toString(m_model->compareCountAt(step)));
        text = tr("%1; %2: %3")
                   .arg(text, TrafficFilter::comparisonName(m_model->filter().comparison),
                        counts.join(tr(", ", "between counts")));
    }
    return text + tr(".", "end of a sentence");
}
