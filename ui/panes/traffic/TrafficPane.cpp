#include "panes/traffic/TrafficPane.h"

#include "analytics/TrafficSource.h"
#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SessionTableModel.h"
#include "itemmodels/TrafficBreakdownModel.h"
#include "itemmodels/TrafficDailyModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "panes/traffic/ChannelDailyChart.h"
#include "panes/traffic/ChannelShareChart.h"
#include "panes/traffic/ClassifierRulesDialog.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/NoticeLabel.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// The measures that count visits; a kind of site without visits has none of them.
constexpr TrafficMeasures::Column visitMeasures[] = {
    TrafficMeasures::Sessions,    TrafficMeasures::Visitors,
    TrafficMeasures::NewVisitors, TrafficMeasures::Registrations,
    TrafficMeasures::Conversion,  TrafficMeasures::RevenuePerSession};

} // namespace

TrafficPane::TrafficPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_db(db),
      m_capabilityNote(new NoticeLabel(QStringLiteral("trafficCapabilityNote"), this)),
      m_unattributedNote(new NoticeLabel(QStringLiteral("trafficUnattributedNote"), this)),
      m_sources(new TrafficSourceTreeModel(db, this)),
      m_wechat(new TrafficBreakdownModel(db, TrafficBreakdownModel::Kind::SourcesOfChannel, this)),
      m_keywords(new TrafficBreakdownModel(db, TrafficBreakdownModel::Kind::SearchKeywords, this)),
      m_daily(new TrafficDailyModel(db, this)), m_visits(new SessionTableModel(db, this)),
      m_channel(new QComboBox(this)), m_charts(new QTabWidget(this)),
      m_dailyChart(new ChannelDailyChart(m_daily, this)),
      m_shareChart(new ChannelShareChart(m_sources, this)), m_tabs(new QTabWidget(this)),
      m_sourceView(new QTreeView(this)),
      m_wechatPanel(new TablePanel(static_cast<QAbstractItemModel *>(m_wechat),
                                   QStringLiteral("trafficWechat"), this)),
      m_keywordPanel(new TablePanel(static_cast<QAbstractItemModel *>(m_keywords),
                                    QStringLiteral("trafficKeywords"), this)),
      m_visitPanel(new TablePanel(m_visits, QStringLiteral("traffic"), this))
{
    setObjectName(QStringLiteral("trafficPane"));
    setAccessibleDescription(tr("Where the visits came from, per channel and source"));
    m_wechat->setChannel(TrafficChannel::wechat());

    m_channel->setObjectName(QStringLiteral("trafficChannelFilter"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setAccessibleDescription(tr("Show the visits of one channel only"));
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
    exportTable->setAccessibleDescription(tr("Save the table shown below as a file"));
    auto *exportChart = new QPushButton(tr("Save chart as PNG…"), this);
    exportChart->setObjectName(QStringLiteral("trafficSaveChartButton"));
    connect(exportChart, &QPushButton::clicked, this, &TrafficPane::saveChart);
    auto *channelCaption = new QLabel(tr("&Channel:"), this);
    channelCaption->setBuddy(m_channel);
    auto *bar = new QHBoxLayout;
    bar->addWidget(channelCaption);
    bar->addWidget(m_channel);
    bar->addStretch();
    bar->addWidget(rules);
    bar->addWidget(exportTable);
    bar->addWidget(exportChart);

    m_sourceView->setObjectName(QStringLiteral("trafficSourcesView"));
    m_sourceView->setAccessibleName(tr("Sources"));
    m_sourceView->setAccessibleDescription(
        tr("Channels and, under each, their sources; Right and Left open and close a channel"));
    m_sourceView->header()->setAccessibleName(tr("Columns of %1").arg(tr("Sources")));
    m_sourceView->setModel(m_sources);
    m_sourceView->setAlternatingRowColors(true);
    m_sourceView->setUniformRowHeights(true);
    m_sourceView->header()->resizeSection(TrafficSourceTreeModel::Name, 240);
    m_wechatPanel->setSearchVisible(false);
    m_wechatPanel->setTitle(tr("WeChat sources"));
    m_keywordPanel->setTitle(tr("SEO keywords"));
    m_visitPanel->setTitle(tr("Visits"), tr("Every visit in the date range"));
    m_keywordPanel->setSearchHint(tr("Filter keywords…"));
    m_visitPanel->setSearchHint(tr("Search visits by landing page, referrer or visitor…"));
    m_visitPanel->setEmptyText(
        tr("No visits in this date range — sync your shop or pick another range."));
    m_visitPanel->view()->horizontalHeader()->resizeSection(SessionTableModel::Landing, 320);
    m_visitPanel->view()->horizontalHeader()->resizeSection(SessionTableModel::Referrer, 260);
    m_tabs->setObjectName(QStringLiteral("trafficTabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Traffic tables"));
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
    m_charts->tabBar()->setAccessibleName(tr("Traffic charts"));
    m_charts->addTab(m_dailyChart, tr("Per day"));
    m_charts->addTab(m_shareChart, tr("Share"));

    // The bar's buttons are made last; the keyboard goes from the channel to them.
    chainTabOrder({m_channel, rules, exportTable, exportChart});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_capabilityNote);
    layout->addLayout(bar);
    layout->addWidget(m_unattributedNote);
    layout->addWidget(splitter, 1);
    connect(m_sources, &QAbstractItemModel::modelReset, this, &TrafficPane::updateUnattributedNote);
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
    m_shop = ShopInfo::load(m_db);
    applyCapabilities();
    m_sources->reload();
    m_wechat->reload();
    m_keywordsStale = true;
    refreshKeywordsIfShown();
    m_daily->reload();
    m_visits->reload();
}

void TrafficPane::applyCapabilities()
{
    const bool visits = m_shop.capabilities().visits;
    m_capabilityNote->setNotice(
        visits ? QString()
               : tr("%1 records the source of each order, not of every visit: this shop shows "
                    "orders and revenue by source; visits and conversion rates are not available.")
                     .arg(m_shop.kindDisplayName()));
    for (TrafficMeasures::Column measure : visitMeasures) {
        m_sourceView->setColumnHidden(TrafficSourceTreeModel::FirstMeasure + int(measure), !visits);
        for (TablePanel *panel : {m_wechatPanel, m_keywordPanel})
            panel->view()->setColumnHidden(TrafficBreakdownModel::FirstMeasure + int(measure),
                                           !visits);
    }
    m_tabs->setTabVisible(m_tabs->indexOf(m_visitPanel), visits);
    // Sessions per channel per day would count orders of every status: the share of revenue says
    // more.
    m_charts->setTabVisible(m_charts->indexOf(m_dailyChart), visits);
    m_shareChart->setMeasure(visits ? ChannelShareChart::Measure::Sessions
                                    : ChannelShareChart::Measure::Revenue);
}

void TrafficPane::updateUnattributedNote()
{
    const QModelIndex channel = m_sources->findChannel(TrafficChannel::unattributed());
    const qint64 total = m_sources->totals().revenue;
    const auto measure = [this](const QModelIndex &row, TrafficMeasures::Column column) {
        return m_sources
            ->data(m_sources->index(row.row(), TrafficSourceTreeModel::FirstMeasure + int(column),
                                    row.parent()),
                   ItemRoles::RawValueRole)
            .toLongLong();
    };
    const qint64 revenue = channel.isValid() ? measure(channel, TrafficMeasures::Revenue) : 0;
    if (revenue <= 0 || total <= 0) {
        m_unattributedNote->setNotice({});
        return;
    }
    const QLocale locale;
    const auto share = [&](qint64 part) {
        return locale.toString(100.0 * double(part) / double(total), 'f', 1) + QLatin1Char('%');
    };
    QList<QPair<qint64, QString>> sources; // revenue, source id: the biggest part first
    for (int row = 0; row < m_sources->rowCount(channel); ++row) {
        const QModelIndex source = m_sources->index(row, 0, channel);
        sources.append({measure(source, TrafficMeasures::Revenue), m_sources->idOf(source)});
    }
    std::sort(sources.begin(), sources.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[sourceRevenue, id] : std::as_const(sources)) {
        if (sourceRevenue <= 0)
            continue;
        const QString amount = share(sourceRevenue);
        if (id == QLatin1String("not_recorded"))
            parts << tr("%1 not recorded (orders placed before WooCommerce 8.5, or the buyer's "
                        "browser blocked tracking)")
                         .arg(amount);
        else if (id == QLatin1String("admin"))
            parts << tr("%1 entered by staff in the shop's admin").arg(amount);
        else if (id == QLatin1String("mobile_app"))
            parts << tr("%1 entered in the WooCommerce app").arg(amount);
        else if (id == QLatin1String("unknown"))
            parts << tr("%1 of a source type the site does not know").arg(amount);
        else
            parts << tr("%1 %2").arg(amount, TrafficSource::sourceDisplayName(id));
    }
    const qint64 orders = measure(channel, TrafficMeasures::Orders);
    m_unattributedNote->setNotice(
        tr("%1 of revenue (%2, %n order(s)) has no known source: %3.", nullptr, int(orders))
            .arg(share(revenue), Money::display(revenue, m_shop.currency), parts.join(tr("; "))));
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
