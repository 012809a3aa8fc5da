#pragma once

#include "panes/DashboardPane.h"

class Database;
class DayComparisonPanel;
class FigureCard;
class OverviewChart;
class OverviewModel;
class QLabel;
class TablePanel;

// 概览: today and yesterday against the same weekday last week, headline figures of the date
// range, a chart of the 30 days up to its last day, and the figures per day.
class OverviewPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit OverviewPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Overview"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    OverviewModel *model() const { return m_model; }
    OverviewModel *chartModel() const { return m_chartModel; }
    DayComparisonPanel *dayComparison() const { return m_dayComparison; }

private:
    void showFigures();

    OverviewModel *m_model;
    OverviewModel *m_chartModel;
    QLabel *m_shopName;
    FigureCard *m_sessions;
    FigureCard *m_orders;
    FigureCard *m_revenue;
    FigureCard *m_conversion;
    OverviewChart *m_chart;
    DayComparisonPanel *m_dayComparison;
    TablePanel *m_days;
};
