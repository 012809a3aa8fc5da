#pragma once

#include "itemmodels/TrafficFilter.h"
#include "panes/DashboardPane.h"

class Database;
class NoticeLabel;
class QStackedWidget;
class DailyConversionChart;
class FunnelModel;
class LifecycleFunnelModel;
class QComboBox;
class TablePanel;
class TrafficDailyModel;

// 漏斗: the shop funnel per session and the merchant's loop per acquired visitor, filtered by
// channel, compared side by side with the previous period or the same weekdays a week earlier,
// with the daily conversion line. Step definitions are the rows' tooltips and the help text. A
// kind of site without visits has no funnels: a sentence says so instead.
class FunnelsPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit FunnelsPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Funnels"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;

    void setChannel(const QString &channel);
    void setComparison(TrafficFilter::Comparison comparison);
    FunnelModel *model() const { return m_shop; }
    LifecycleFunnelModel *lifecycleModel() const { return m_lifecycle; }
    TrafficDailyModel *dailyModel() const { return m_daily; }
    NoticeLabel *capabilityNote() const { return m_capabilityNote; }
    NoticeLabel *partialNote() const { return m_partialNote; }
    bool showsFunnels() const;

private:
    void applyFilter();
    void showPartialNote();

    Database &m_db;
    TrafficFilter m_filter;
    FunnelModel *m_shop;
    LifecycleFunnelModel *m_lifecycle;
    TrafficDailyModel *m_daily;
    QComboBox *m_channel;
    QComboBox *m_comparison;
    TablePanel *m_shopTable;
    TablePanel *m_lifecycleTable;
    DailyConversionChart *m_chart;
    QStackedWidget *m_stack;
    QWidget *m_funnels;
    NoticeLabel *m_capabilityNote;
    NoticeLabel *m_partialNote;
};
