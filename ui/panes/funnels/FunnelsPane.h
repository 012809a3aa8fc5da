#pragma once

#include "itemmodels/TrafficFilter.h"
#include "panes/DashboardPane.h"

class Database;
class NoticeLabel;
class QStackedWidget;
class DailyConversionChart;
class FunnelChart;
class FunnelModel;
class LifecycleFunnelModel;
class QComboBox;
class QSplitter;
class QTabWidget;
class TablePanel;
class TrafficDailyModel;

// 漏斗: the shop funnel per session and the merchant's loop per acquired visitor as bar charts side
// by side, filtered by channel, compared with the previous period or the same weekdays a week
// earlier; under them their tables (exact figures, export) and the daily conversion line. Step
// definitions are the bars' and rows' tooltips and the help text. A kind of site without visits
// has no funnels: a sentence says so instead.
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
    FunnelChart *shopChart() const { return m_shopChart; }
    FunnelChart *lifecycleChart() const { return m_lifecycleChart; }
    NoticeLabel *capabilityNote() const { return m_capabilityNote; }
    NoticeLabel *partialNote() const { return m_partialNote; }
    bool showsFunnels() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void setEmptyTexts();
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
    FunnelChart *m_shopChart;
    FunnelChart *m_lifecycleChart;
    DailyConversionChart *m_chart;
    QTabWidget *m_details;
    QSplitter *m_splitter;
    bool m_splitterSized = false;
    QStackedWidget *m_stack;
    QWidget *m_funnels;
    NoticeLabel *m_capabilityNote;
    NoticeLabel *m_partialNote;
};
