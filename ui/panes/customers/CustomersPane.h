#pragma once

#include "panes/DashboardPane.h"

class CohortsTab;
class CustomerListTab;
class Database;
class QTabWidget;
class ReferralEconomyTab;

// 客户: the back half of the merchant's loop. Every customer with their orders, acquisition,
// invitees, commissions and RFM segment; the cohorts by first paid month or week as heat maps;
// and the referral economy per acquisition channel. Only assembles its tabs.
class CustomersPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit CustomersPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Customers"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    QTabWidget *tabs() const { return m_tabs; }
    CustomerListTab *listTab() const { return m_list; }
    CohortsTab *cohortsTab() const { return m_cohorts; }
    ReferralEconomyTab *economyTab() const { return m_economy; }

private:
    QTabWidget *m_tabs;
    CustomerListTab *m_list;
    CohortsTab *m_cohorts;
    ReferralEconomyTab *m_economy;
    DateRange m_range;
};
