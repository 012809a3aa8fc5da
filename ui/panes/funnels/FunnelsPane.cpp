#include "panes/funnels/FunnelsPane.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/ShopInfo.h"
#include "itemmodels/TrafficDailyModel.h"
#include "panes/funnels/DailyConversionChart.h"
#include "panes/funnels/FunnelChart.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/NoticeLabel.h"
#include "widgets/TablePanel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QWidget *titled(const QString &title, QWidget *content, const QString &help, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *label = new QLabel(help, box);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

FunnelsPane::FunnelsPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_db(db), m_shop(new FunnelModel(db, this)),
      m_lifecycle(new LifecycleFunnelModel(db, this)), m_daily(new TrafficDailyModel(db, this)),
      m_channel(new QComboBox(this)), m_comparison(new QComboBox(this)),
      m_shopTable(new TablePanel(static_cast<QAbstractItemModel *>(m_shop),
                                 QStringLiteral("funnels"), this)),
      m_lifecycleTable(new TablePanel(static_cast<QAbstractItemModel *>(m_lifecycle),
                                      QStringLiteral("lifecycle"), this)),
      m_shopChart(new FunnelChart(m_shop, tr("Shop funnel"), this)),
      m_lifecycleChart(new FunnelChart(m_lifecycle, tr("Lifecycle funnel"), this)),
      m_chart(new DailyConversionChart(m_daily, this)), m_details(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_stack(new QStackedWidget(this)),
      m_funnels(new QWidget(this)),
      m_capabilityNote(new NoticeLabel(QStringLiteral("funnelsCapabilityNote"), this)),
      m_partialNote(new NoticeLabel(QStringLiteral("funnelsPartialNote"), this))
{
    setObjectName(QStringLiteral("funnelsPane"));
    m_channel->setObjectName(QStringLiteral("funnelChannelFilter"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : TrafficSource::channels())
        m_channel->addItem(TrafficSource::channelDisplayName(c), c);
    m_comparison->setObjectName(QStringLiteral("funnelComparison"));
    m_comparison->setAccessibleName(tr("Compare with"));
    for (auto c : {TrafficFilter::Comparison::None, TrafficFilter::Comparison::PreviousPeriod,
                   TrafficFilter::Comparison::WeekEarlier})
        m_comparison->addItem(TrafficFilter::comparisonName(c), int(c));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &FunnelsPane::applyFilter);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FunnelsPane::applyFilter);
    m_shopChart->setObjectName(QStringLiteral("shopFunnelChart"));
    m_lifecycleChart->setObjectName(QStringLiteral("lifecycleFunnelChart"));

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("funnelExportButton"));
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Shop funnel table…"), this, [this] {
        PaneExport::exportView(this, m_shopTable->view(), QStringLiteral("funnel"));
    });
    menu->addAction(tr("Lifecycle funnel table…"), this, [this] {
        PaneExport::exportView(this, m_lifecycleTable->view(), QStringLiteral("lifecycle"));
    });
    menu->addAction(tr("Shop funnel chart as PNG…"), this, [this] {
        PaneExport::saveChart(this, m_shopChart, QStringLiteral("funnel-chart"));
    });
    menu->addAction(tr("Lifecycle funnel chart as PNG…"), this, [this] {
        PaneExport::saveChart(this, m_lifecycleChart, QStringLiteral("lifecycle-chart"));
    });
    menu->addAction(tr("Conversion chart as PNG…"), this,
                    [this] { PaneExport::saveChart(this, m_chart, QStringLiteral("conversion")); });
    exportButton->setMenu(menu);

    auto *bar = new QHBoxLayout;
    auto *channelLabel = new QLabel(tr("Channel:"), this);
    channelLabel->setBuddy(m_channel);
    auto *comparisonLabel = new QLabel(tr("Compare with:"), this);
    comparisonLabel->setBuddy(m_comparison);
    bar->addWidget(channelLabel);
    bar->addWidget(m_channel);
    bar->addWidget(comparisonLabel);
    bar->addWidget(m_comparison);
    bar->addStretch();
    bar->addWidget(exportButton);

    for (TablePanel *panel : {m_shopTable, m_lifecycleTable}) {
        panel->setSearchVisible(false);
        panel->view()->setSortingEnabled(false);
        // A handful of rows: every column as wide as its header or figures, so that all of them
        // show at the window's default size.
        panel->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        panel->view()->horizontalHeader()->setStretchLastSection(false);
        // Rows as tall as the text needs, so that the lifecycle's seven fit under the charts.
        panel->view()->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    m_shopTable->setTitle(
        tr("Shop funnel table"),
        tr("One row per step of the shop funnel: sessions, share of the first and the previous "
           "step, drop-off, and the compared period's figures when one is chosen."));
    m_lifecycleTable->setTitle(
        tr("Lifecycle funnel table"),
        tr("One row per step of the lifecycle funnel: visitors, share of the first and the "
           "previous step, drop-off, and the compared period's figures when one is chosen."));
    const QString shopHelp = tr("Per visit that started on the chosen days. A visit counts at a "
                                "step when it has that step's "
                                "event <i>and every earlier step's, in that order</i>, in the same "
                                "visit. Hover a step for its "
                                "definition.");
    // The steps are named under the chart's bars; their definitions are the bars' tooltips.
    const QString loopHelp =
        tr("Per visitor <b>acquired</b> on the chosen days (their first visit ever; its channel is "
           "theirs). Each step counts the visitors who reached it and every earlier one. Hover a "
           "step for its definition.");
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(titled(tr("Shop funnel"), m_shopChart, shopHelp, this));
    charts->addWidget(titled(tr("Lifecycle funnel"), m_lifecycleChart, loopHelp, this));
    // The exact figures under the charts, each table at full width so that its columns fit.
    m_details->setObjectName(QStringLiteral("funnelDetailTabs"));
    m_details->addTab(m_shopTable, tr("Shop funnel figures"));
    m_details->addTab(m_lifecycleTable, tr("Lifecycle funnel figures"));
    m_details->addTab(m_chart, tr("Conversion per day"));
    m_chart->setMinimumHeight(150); // a tab as tall as the tables, not more
    m_splitter->addWidget(charts);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    auto *funnels = new QVBoxLayout(m_funnels);
    funnels->setContentsMargins(0, 0, 0, 0);
    funnels->addLayout(bar);
    funnels->addWidget(m_partialNote);
    funnels->addWidget(m_splitter, 1);
    // Without visits: the sentence at the top, nothing under it.
    auto *none = new QWidget(this);
    auto *noneLayout = new QVBoxLayout(none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    noneLayout->addWidget(m_capabilityNote);
    noneLayout->addStretch(1);
    m_stack->addWidget(m_funnels);
    m_stack->addWidget(none);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    applyFilter();
}

void FunnelsPane::showEvent(QShowEvent *event)
{
    DashboardPane::showEvent(event);
    if (m_splitterSized)
        return;
    m_splitterSized = true;
    // The figures as tall as the longer table (the lifecycle's seven steps), the charts the rest.
    QTableView *view = m_lifecycleTable->view();
    const int table = view->horizontalHeader()->sizeHint().height() +
                      m_lifecycle->stepCount() * view->verticalHeader()->defaultSectionSize() +
                      2 * view->frameWidth();
    const int details = table + m_details->tabBar()->sizeHint().height() + 8;
    m_splitter->setSizes({m_splitter->height() - details, details});
}

bool FunnelsPane::showsFunnels() const
{
    return m_stack->currentWidget() == m_funnels;
}

void FunnelsPane::setDateRange(const DateRange &range)
{
    m_filter.range = range;
    applyFilter();
}

void FunnelsPane::setChannel(const QString &channel)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
}

void FunnelsPane::setComparison(TrafficFilter::Comparison comparison)
{
    m_comparison->setCurrentIndex(qMax(0, m_comparison->findData(int(comparison))));
}

void FunnelsPane::setEmptyTexts()
{
    const QString channel = m_filter.channel;
    const QString name = TrafficSource::channelDisplayName(channel);
    m_shopChart->setEmptyText(
        channel.isEmpty()
            ? tr("No visit started on the chosen days: there is no funnel to draw.")
            : tr("No visit from %1 started on the chosen days: there is no funnel to draw.")
                  .arg(name));
    m_lifecycleChart->setEmptyText(
        channel.isEmpty()
            ? tr("No visitor came for the first time on the chosen days: there is no funnel to "
                 "draw.")
            : tr("No visitor came for the first time from %1 on the chosen days: there is no "
                 "funnel to draw.")
                  .arg(name));
}

void FunnelsPane::applyFilter()
{
    m_filter.channel = m_channel->currentData().toString();
    setEmptyTexts();
    m_filter.comparison = TrafficFilter::Comparison(m_comparison->currentData().toInt());
    m_shop->setFilter(m_filter);
    m_lifecycle->setFilter(m_filter);
    TrafficFilter daily = m_filter;
    daily.comparison = TrafficFilter::Comparison::None;
    m_daily->setFilter(daily);
    const bool compared = m_filter.comparison != TrafficFilter::Comparison::None;
    for (TablePanel *panel : {m_shopTable, m_lifecycleTable}) {
        for (int c = StepFunnelModel::CompareSessions; c <= StepFunnelModel::Change; ++c)
            panel->view()->setColumnHidden(c, !compared);
    }
    showPartialNote();
}

void FunnelsPane::showPartialNote()
{
    // The comparison is per whole day (traffic_daily); with today in the chosen days, say so.
    const QDateTime until = m_daily->partialUntil();
    const bool compared = m_filter.comparison != TrafficFilter::Comparison::None;
    m_partialNote->setNotice(
        compared && until.isValid()
            ? tr("The chosen days end with today, which is not over (it is %1): the compared days "
                 "are whole days, so the counts of the chosen days run short of theirs.")
                  .arg(until.time().toString(QStringLiteral("HH:mm")))
            : QString());
}

void FunnelsPane::reload()
{
    const ShopInfo shop = ShopInfo::load(m_db);
    const bool visits = shop.capabilities().visits;
    m_capabilityNote->setNotice(
        visits ? QString()
               : tr("%1 records the source of each order, not every visit, so this shop has no "
                    "funnels: a funnel needs the visits that did not buy as well. The Traffic "
                    "pane shows orders and revenue by source; the Orders pane shows orders by "
                    "status.")
                     .arg(shop.kindDisplayName()));
    m_stack->setCurrentIndex(visits ? 0 : 1);
    if (!visits)
        return;
    m_shop->reload();
    m_lifecycle->reload();
    m_daily->reload();
    showPartialNote();
}
