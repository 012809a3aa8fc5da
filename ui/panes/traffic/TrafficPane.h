#pragma once

#include "itemmodels/ShopInfo.h"
#include "itemmodels/TrafficFilter.h"
#include "panes/DashboardPane.h"

class ChannelDailyChart;
class ChannelShareChart;
class Database;
class NoticeLabel;
class QComboBox;
class QTabWidget;
class QTreeView;
class SessionTableModel;
class TablePanel;
class TrafficBreakdownModel;
class TrafficDailyModel;
class TrafficSourceTreeModel;

// 流量: where the visits came from. Channel → source → keyword with the traffic measures, sessions
// per channel per day (stacked) and each channel's share, the WeChat breakdown, the SEO keywords
// and the raw visits. Everything but the visits list reads the daily aggregates. For a kind of
// site without visits (WooCommerce: one "session" per order) only orders and revenue are shown,
// with a sentence saying why; for every shop, a line says how much revenue has no known source.
class TrafficPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit TrafficPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Traffic"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;

    void setChannel(const QString &channel);
    SessionTableModel *model() const { return m_visits; }
    TrafficSourceTreeModel *sourceModel() const { return m_sources; }
    TrafficBreakdownModel *wechatModel() const { return m_wechat; }
    TrafficBreakdownModel *keywordModel() const { return m_keywords; }
    TrafficDailyModel *dailyModel() const { return m_daily; }
    QTreeView *sourceView() const { return m_sourceView; }
    NoticeLabel *capabilityNote() const { return m_capabilityNote; }
    NoticeLabel *unattributedNote() const { return m_unattributedNote; }

private:
    void applyFilter();
    void applyCapabilities();
    void updateUnattributedNote();
    void refreshKeywordsIfShown();
    void editRules();
    void exportCurrent();
    void saveChart();

    Database &m_db;
    ShopInfo m_shop;
    TrafficFilter m_filter;
    NoticeLabel *m_capabilityNote;
    NoticeLabel *m_unattributedNote;
    TrafficSourceTreeModel *m_sources;
    TrafficBreakdownModel *m_wechat;
    TrafficBreakdownModel *m_keywords;
    TrafficDailyModel *m_daily;
    SessionTableModel *m_visits;
    // Made in the order of the page, which is the order Tab follows.
    QComboBox *m_channel;
    QTabWidget *m_charts;
    ChannelDailyChart *m_dailyChart;
    ChannelShareChart *m_shareChart;
    QTabWidget *m_tabs;
    QTreeView *m_sourceView;
    TablePanel *m_wechatPanel;
    TablePanel *m_keywordPanel;
    TablePanel *m_visitPanel;
    bool m_keywordsStale = true; // the SEO table (a big query over a long range) loads when shown
};
