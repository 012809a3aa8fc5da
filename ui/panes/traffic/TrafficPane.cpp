#include "panes/traffic/TrafficPane.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/SessionTableModel.h"
#include "itemmodels/TrafficBreakdownModel.h"
#include "itemmodels/TrafficDailyModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "panes/traffic/ChannelDailyChart.h"
#include "panes/traffic/ChannelShareChart.h"
#include "panes/traffic/ClassifierRulesDialog.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/TablePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

TrafficPane::TrafficPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_db(db), m_sources(new TrafficSourceTreeModel(db, this)),
      m_wechat(new TrafficBreakdownModel(db, TrafficBreakdownModel::Kind::SourcesOfChannel, this)),
      m_keywords(new TrafficBreakdownModel(db, TrafficBreakdownModel::Kind::SearchKeywords, this)),
      m_daily(new TrafficDailyModel(db, this)), m_visits(new SessionTableModel(db, this)),
      m_channel(new QComboBox(this)), m_sourceView(new QTreeView(this)),
      m_dailyChart(new ChannelDailyChart(m_daily, this)),
      m_shareChart(new ChannelShareChart(m_sources, this)),
      m_wechatPanel(new TablePanel(static_cast<QAbstractItemModel *>(m_wechat),
                                   QStringLiteral("trafficWechat"), this)),
      m_keywordPanel(new TablePanel(static_cast<QAbstractItemModel *>(m_keywords),
                                    QStringLiteral("trafficKeywords"), this)),
      m_visitPanel(new TablePanel(m_visits, QStringLiteral("traffic"), this)),
      m_tabs(new QTabWidget(this)), m_charts(new QTabWidget(this))
{
    setObjectName(QStringLiteral("trafficPane"));
    m_wechat->setChannel(TrafficChannel::wechat());

    m_channel->setObjectName(QStringLiteral("trafficChannelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : TrafficSource::channels())
        m_channel->addItem(TrafficSource::channelDisplayName(c), c);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TrafficPane::applyFilter);
    auto *rules = new QPushButton(tr("Source rules…"), this);
    rules->setObjectName(QStringLiteral("trafficRulesButton"));
    rules->setToolTip(
        tr("Your own rules for where visits come from; saving reclassifies past visits"));
    connect(rules, &QPushButton::clicked, this, &TrafficPane::editRules);
    auto *exportTable = new QPushButton(tr("Export table…"), this);
    exportTable->setObjectName(QStringLiteral("trafficExportButton"));
    connect(exportTable, &QPushButton::clicked, this, &TrafficPane::exportCurrent);
    auto *exportChart = new QPushButton(tr("Save chart as PNG…"), this);
    connect(exportChart, &QPushButton::clicked, this, &TrafficPane::saveChart);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Channel:"), this));
    bar->addWidget(m_channel);
    bar->addStretch();
    bar->addWidget(rules);
    bar->addWidget(exportTable);
    bar->addWidget(exportChart);

    m_sourceView->setObjectName(QStringLiteral("trafficSourcesView"));
    m_sourceView->setModel(m_sources);
    m_sourceView->setAlternatingRowColors(true);
    m_sourceView->setUniformRowHeights(true);
    m_sourceView->header()->resizeSection(TrafficSourceTreeModel::Name, 240);
    m_wechatPanel->setSearchVisible(false);
    m_keywordPanel->searchBox()->setPlaceholderText(tr("Filter keywords…"));
    m_visitPanel->searchBox()->setPlaceholderText(
        tr("Search visits by landing page, referrer or visitor…"));
    m_visitPanel->setEmptyText(
        tr("No visits in this date range — sync your shop or pick another range."));
    m_visitPanel->view()->horizontalHeader()->resizeSection(SessionTableModel::Landing, 320);
    m_visitPanel->view()->horizontalHeader()->resizeSection(SessionTableModel::Referrer, 260);
    m_tabs->setObjectName(QStringLiteral("trafficTabs"));
    m_tabs->addTab(m_sourceView, tr("Sources"));
    m_tabs->addTab(m_wechatPanel, tr("WeChat"));
    m_tabs->setTabToolTip(
        1, tr("WeChat visits by how they arrived: group, Moments, chat, official-account "
              "articles, or the in-app browser with no other clue"));
    m_tabs->addTab(m_keywordPanel, tr("SEO keywords"));
    m_tabs->setTabToolTip(
        2, tr("Search keywords the engines passed on, from organic and paid search"));
    m_tabs->addTab(m_visitPanel, tr("Visits"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &TrafficPane::refreshKeywordsIfShown);

    m_charts->setObjectName(QStringLiteral("trafficCharts"));
    m_charts->addTab(m_dailyChart, tr("Per day"));
    m_charts->addTab(m_shareChart, tr("Share"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
}

void TrafficPane::setDateRange(const DateRange &range)
{
    m_filter.range = range;
    m_visits->setDateRange(range);
    applyFilter();
}

void TrafficPane::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
}

void TrafficPane::applyFilter()
{
    m_filter.channel = m_channel->currentData().toString();
    m_sources->setFilter(m_filter);
    m_wechat->setFilter(m_filter);
    m_keywordsStale = true;
    refreshKeywordsIfShown();
    m_daily->setFilter(m_filter);
}

void TrafficPane::refreshKeywordsIfShown()
{
    if (!m_keywordsStale || m_tabs->currentWidget() != m_keywordPanel)
        return;
    m_keywordsStale = false;
    m_keywords->setFilter(m_filter);
}

void TrafficPane::reload()
{
    m_sources->reload();
    m_wechat->reload();
    m_keywordsStale = true;
    refreshKeywordsIfShown();
    m_daily->reload();
    m_visits->reload();
}

void TrafficPane::editRules()
{
    ClassifierRulesDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TrafficPane::exportCurrent()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_sourceView)
        PaneExport::exportView(this, m_sourceView, QStringLiteral("traffic-sources"));
    else if (current == m_wechatPanel)
        PaneExport::exportView(this, m_wechatPanel->view(), QStringLiteral("traffic-wechat"));
    else if (current == m_keywordPanel)
        PaneExport::exportView(this, m_keywordPanel->view(), QStringLiteral("traffic-keywords"));
    else
        PaneExport::exportView(this, m_visitPanel->view(), QStringLiteral("traffic-visits"));
}

void TrafficPane::saveChart()
{
    auto *chart = qobject_cast<QChartView *>(m_charts->currentWidget());
    if (chart)
        PaneExport::saveChart(this, chart, QStringLiteral("traffic-chart"));
}
