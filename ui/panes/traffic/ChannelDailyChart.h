#pragma once

#include "widgets/DashboardChartView.h"

class TrafficDailyModel;

// Sessions per channel per day, stacked, from a TrafficDailyModel.
class ChannelDailyChart : public DashboardChartView
{
    Q_OBJECT
public:
    explicit ChannelDailyChart(TrafficDailyModel *model, QWidget *parent = nullptr);

private:
    void rebuild();

    TrafficDailyModel *m_model;
};
