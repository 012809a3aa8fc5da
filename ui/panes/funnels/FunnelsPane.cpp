#include "panes/funnels/FunnelsPane.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/ShopInfo.h"
#include "itemmodels/TrafficDailyModel.h"
#include "panes/funnels/DailyConversionChart.h"
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
      m_chart(new DailyConversionChart(m_daily, this)), m_stack(new QStackedWidget(this)),
      m_funnels(new QWidget(this)),
      m_capabilityNote(new NoticeLabel(QStringLiteral("funnelsCapabilityNote"), this)),
      m_partialNote(new NoticeLabel(QStringLiteral("funnelsPartialNote"), this))
{
    setObjectName(QStringLiteral("funnelsPane"));
    m_channel->setObjectName(QStringLiteral("funnelChannelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : TrafficSource::channels())
        m_channel->addItem(TrafficSource::channelDisplayName(c), c);
    m_comparison->setObjectName(QStringLiteral("funnelComparison"));
    for (auto c : {TrafficFilter::Comparison::None, TrafficFilter::Comparison::PreviousPeriod,
                   TrafficFilter::Comparison::WeekEarlier})
        m_comparison->addItem(TrafficFilter::comparisonName(c), int(c));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &FunnelsPane::applyFilter);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FunnelsPane::applyFilter);

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("funnelExportButton"));
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Shop funnel table…"), this, [this] {
        PaneExport::exportView(this, m_shopTable->view(), QStringLiteral("funnel"));
    });
    menu->addAction(tr("Lifecycle funnel table…"), this, [this] {
        PaneExport::exportView(this, m_lifecycleTable->view(), QStringLiteral("lifecycle"));
    });
    menu->addAction(tr("Conversion chart as PNG…"), this,
                    [this] { PaneExport::saveChart(this, m_chart, QStringLiteral("conversion")); });
    exportButton->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Channel:"), this));
    bar->addWidget(m_channel);
    bar->addWidget(new QLabel(tr("Compare with:"), this));
    bar->addWidget(m_comparison);
    bar->addStretch();
    bar->addWidget(exportButton);

    for (TablePanel *panel : {m_shopTable, m_lifecycleTable}) {
        panel->setSearchVisible(false);
        panel->view()->setSortingEnabled(false);
        panel->view()->horizontalHeader()->resizeSection(StepFunnelModel::Step, 220);
    }
    const QString shopHelp = tr("Per visit that started on the chosen days. A visit counts at a "
                                "step when it has that step's "
                                "event <i>and every earlier step's, in that order</i>, in the same "
                                "visit. Hover a step for its "
                                "definition.");
    const QString loopHelp = tr(
        "Per visitor <b>acquired</b> on the chosen days (their first visit ever; its channel is "
        "theirs). "
        "Each step counts visitors who reached it and every earlier one: registered → came back "
        "(another visit within 7 days of the first) → followed the official account → first paid "
        "order → referred someone who registered → second paid order.");
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(titled(tr("Shop funnel"), m_shopTable, shopHelp, this));
    tables->addWidget(titled(tr("Lifecycle funnel"), m_lifecycleTable, loopHelp, this));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tables);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *funnels = new QVBoxLayout(m_funnels);
    funnels->setContentsMargins(0, 0, 0, 0);
    funnels->addLayout(bar);
    funnels->addWidget(m_partialNote);
    funnels->addWidget(splitter, 1);
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

void FunnelsPane::applyFilter()
{
    m_filter.channel = m_channel->currentData().toString();
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
