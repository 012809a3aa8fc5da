#pragma once

#include "widgets/DashboardChartView.h"

#include <QList>

class QBarSet;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class StepFunnelModel;

// A funnel drawn as GA4 and Shopify draw it: a bar per step, each step's share of the previous
// step written above its bar, the compared period's bars beside in a lighter colour, and a step's
// figures and definition in the tooltip of its bar. When nothing reached the first step, a
// sentence says so instead of an empty axis. Rebuilt whenever the model resets.
class FunnelChart : public DashboardChartView
{
    Q_OBJECT
public:
    // `title` names the funnel in the accessible name and description (e.g. "Shop funnel").
    FunnelChart(StepFunnelModel *model, const QString &title, QWidget *parent = nullptr);

    // The sentence shown when nothing reached the first step.
    void setEmptyText(const QString &text);

    // What is drawn: the bars (null in the empty state), the compared bars (null without a
    // comparison), the share-of-previous labels of steps 1…n-1 and the empty state's sentence.
    QBarSet *bars() const { return m_bars; }
    QBarSet *compareBars() const { return m_compareBars; }
    QList<QGraphicsSimpleTextItem *> stepLabels() const { return m_labels; }
    // The steps' names under their bars.
    QList<QGraphicsTextItem *> stepNames() const { return m_stepNames; }
    QString emptyMessage() const;
    // The tooltip of a step's bar (of the compared bar when `compared`).
    QString toolTipText(int step, bool compared) const;

private:
    void rebuild();
    void addBars(QChart *chart);
    void placeLabels();
    QString description() const;

    StepFunnelModel *m_model;
    QString m_title;
    QString m_emptyText;
    QBarSet *m_bars = nullptr;
    QBarSet *m_compareBars = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QGraphicsRectItem *> m_plates; // behind the labels
    QList<QGraphicsTextItem *> m_stepNames;
    QGraphicsTextItem *m_empty = nullptr;
};
