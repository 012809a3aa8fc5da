#pragma once

#include <QChartView>

class TrafficDailyModel;

// The shop funnel's conversion per day (purchased sessions ÷ sessions), as a line.
class DailyConversionChart : public QChartView
{
    Q_OBJECT
public:
    explicit DailyConversionChart(TrafficDailyModel *model, QWidget *parent = nullptr);

private:
    void rebuild();

    TrafficDailyModel *m_model;
};
