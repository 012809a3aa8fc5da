#pragma once

#include "panes/DashboardPane.h"

class Database;
class SessionTableModel;
class TablePanel;

// 流量: the visits in the date range with landing page and referrer.
class TrafficPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit TrafficPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Traffic"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    SessionTableModel *model() const { return m_model; }

private:
    SessionTableModel *m_model;
    TablePanel *m_table;
};
