#pragma once

#include <QChartView>

class TrafficSourceTreeModel;

// Each channel's share of the sessions (a pie), from the source tree's channel rows.
class ChannelShareChart : public QChartView
{
    Q_OBJECT
public:
    explicit ChannelShareChart(TrafficSourceTreeModel *model, QWidget *parent = nullptr);

private:
    void rebuild();

    TrafficSourceTreeModel *m_model;
};
