#pragma once

#include "widgets/DashboardChartView.h"

class TrafficSourceTreeModel;

// Each channel's share of the sessions, or of the revenue (a pie), from the source tree's channel
// rows.
class ChannelShareChart : public DashboardChartView
{
    Q_OBJECT
public:
    enum class Measure { Sessions, Revenue };

    explicit ChannelShareChart(TrafficSourceTreeModel *model, QWidget *parent = nullptr);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

private:
    void rebuild();

    TrafficSourceTreeModel *m_model;
    Measure m_measure = Measure::Sessions;
};
