#include "panes/customers/ReferralEconomyTab.h"

#include "itemmodels/ReferralEconomyModel.h"
#include "panes/customers/ReferralEconomyChart.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ReferralEconomyTab::ReferralEconomyTab(Database &db, QWidget *parent)
    : QWidget(parent), m_model(new ReferralEconomyModel(db, this)),
      m_chart(new ReferralEconomyChart(m_model, this)),
      m_table(new TablePanel(m_model, QStringLiteral("referralEconomy"), this)),
      m_help(new QLabel(this))
{
    setObjectName(QStringLiteral("referralEconomyTab"));
    m_table->setTitle(tr("Referral economy"),
                      tr("Per acquisition channel and source, for the customers who registered in "
                         "the date range"));
    m_table->setSearchVisible(false);
    // A few dozen rows: every header can be read in full.
    m_table->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEmptyText(tr("No customers registered in this date range — pick a longer range."));
    m_help->setObjectName(QStringLiteral("referralEconomyHelp"));
    m_help->setWordWrap(true);
    m_help->setText(
        tr("Customers who registered in the date range, by the channel and source of their first "
           "visit; figures to date. Invitees' revenue: paid orders of the customers they brought "
           "in (up to three levels down) who registered outside the range, each credited to their "
           "nearest inviter in the range, so no order counts twice. Commissions: those booked on "
           "these orders and not reversed. Net: own plus invitees' revenue minus commissions."));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("referralEconomyExportButton"));
    auto *saveChart = new QPushButton(tr("Save chart…"), this);
    saveChart->setObjectName(QStringLiteral("referralEconomySaveChart"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(saveChart);
    buttons->addWidget(exportButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("referralEconomySplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_help);
    chainTabOrder({saveChart, exportButton, m_chart, m_table});
    connect(exportButton, &QPushButton::clicked, this, [this] {
        PaneExport::exportView(this, m_table->view(), QStringLiteral("referral-economy"));
    });
    connect(saveChart, &QPushButton::clicked, this,
            [this] { PaneExport::saveChart(this, m_chart, QStringLiteral("referral-economy")); });
}

void ReferralEconomyTab::setDateRange(const DateRange &range)
{
    m_model->setDateRange(range);
}

void ReferralEconomyTab::reload()
{
    m_model->reload();
}
