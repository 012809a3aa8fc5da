#pragma once

#include "panes/DashboardPane.h"

class CommissionTableModel;
class Database;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class ReferralTreeModel;
class TablePanel;

// 分销: the referral trees (who invited whom, what they spent, what they earned) and the
// commissions booked in the date range, for everyone or for the selected customer.
class ReferralsPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit ReferralsPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Referrals"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    ReferralTreeModel *treeModel() const { return m_tree; }
    CommissionTableModel *commissionModel() const { return m_commissions; }

private:
    void customerSelected(const QModelIndex &current);
    void updateEmptyState();

    ReferralTreeModel *m_tree;
    CommissionTableModel *m_commissions;
    QSortFilterProxyModel *m_treeProxy;
    QLineEdit *m_search;
    QTreeView *m_treeView;
    QLabel *m_treeEmpty;
    QStackedWidget *m_treeStack;
    TablePanel *m_commissionTable;
};
