#pragma once

#include "widgets/DashboardChartView.h"

class TrafficDailyModel;

// The shop funnel's conversion per day (purchased sessions ÷ sessions), as a line.
class DailyConversionChart : public DashboardChartView
{
    Q_OBJECT
public:
    explicit DailyConversionChart(TrafficDailyModel *model, QWidget *parent = nullptr);

private:
    void rebuild();
    QString description() const;

    TrafficDailyModel *m_model;
};
