#include "panes/customers/CustomersPane.h"

#include "panes/customers/CohortsTab.h"
#include "panes/customers/CustomerListTab.h"
#include "panes/customers/ReferralEconomyTab.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

CustomersPane::CustomersPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_tabs(new QTabWidget(this)), m_list(new CustomerListTab(db, this)),
      m_cohorts(new CohortsTab(db, this)), m_economy(new ReferralEconomyTab(db, this))
{
    setObjectName(QStringLiteral("customersPane"));
    setAccessibleDescription(tr("Who your customers are, who comes back to buy again, and what "
                                "each channel's customers and their invitees are worth"));
    m_tabs->setObjectName(QStringLiteral("customersTabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Customer views"));
    m_tabs->addTab(m_list, tr("Customers"));
    m_tabs->addTab(m_cohorts, tr("Cohorts"));
    m_tabs->addTab(m_economy, tr("Referral economy"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void CustomersPane::setDateRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_economy->setDateRange(range);
    m_economy->reload();
}

void CustomersPane::reload()
{
    m_list->reload();
    m_cohorts->reload();
    m_economy->reload();
}
