#pragma once

#include <QChartView>

class OverviewModel;

// Revenue per day (bars, ¥) and sessions per day (line) for the days of an OverviewModel.
class OverviewChart : public QChartView
{
    Q_OBJECT
public:
    explicit OverviewChart(OverviewModel *model, QWidget *parent = nullptr);

private:
    void rebuild();

    OverviewModel *m_model;
};
