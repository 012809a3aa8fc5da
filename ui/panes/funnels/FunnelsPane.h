#pragma once

#include "panes/DashboardPane.h"

class Database;
class FunnelModel;
class TablePanel;

// 漏斗: how many of the range's sessions reached each shopping step.
class FunnelsPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit FunnelsPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Funnels"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    FunnelModel *model() const { return m_model; }

private:
    FunnelModel *m_model;
    TablePanel *m_table;
};
