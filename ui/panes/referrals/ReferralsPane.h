#pragma once

#include "panes/DashboardPane.h"

class AnomaliesTab;
class AuditTab;
class CommissionLedgerTab;
class CommissionTableModel;
class Database;
class NoticeLabel;
class QStackedWidget;
class QTabWidget;
class ReferralTreeLoader;
class ReferralTreeModel;
class ReferralTreeTab;

// 分销: the referral tree (who invited whom, per-level figures, search and reveal), the
// commission ledger with totals and statements, the audit of the site's bookings, and the
// anomalies of the referral links. Only assembles its tabs. A kind of site without referrals
// (WooCommerce) gets a sentence instead.
class ReferralsPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit ReferralsPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Referrals"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    ReferralTreeModel *treeModel() const { return m_tree; }
    CommissionTableModel *commissionModel() const;
    ReferralTreeTab *treeTab() const { return m_treeTab; }
    CommissionLedgerTab *ledgerTab() const { return m_ledgerTab; }
    AuditTab *auditTab() const { return m_auditTab; }
    AnomaliesTab *anomaliesTab() const { return m_anomaliesTab; }
    NoticeLabel *capabilityNote() const { return m_capabilityNote; }
    bool showsReferrals() const;

private:
    Database &m_db;
    bool m_referrals = true;
    ReferralTreeModel *m_tree;
    ReferralTreeLoader *m_loader;
    DateRange m_range;
    QTabWidget *m_tabs;
    ReferralTreeTab *m_treeTab;
    CommissionLedgerTab *m_ledgerTab;
    AuditTab *m_auditTab;
    AnomaliesTab *m_anomaliesTab;
    QStackedWidget *m_stack;
    NoticeLabel *m_capabilityNote;
};
