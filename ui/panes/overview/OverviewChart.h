#pragma once

#include "widgets/DashboardChartView.h"

class OverviewModel;

// Revenue per day (bars, ¥) and sessions per day (line) for the days of an OverviewModel.
class OverviewChart : public DashboardChartView
{
    Q_OBJECT
public:
    explicit OverviewChart(OverviewModel *model, QWidget *parent = nullptr);

private:
    void rebuild();
    QString describe() const;

    OverviewModel *m_model;
};
