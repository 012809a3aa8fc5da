#include "panes/referrals/ReferralsPane.h"

#include "itemmodels/ReferralTreeModel.h"
#include "itemmodels/ShopInfo.h"
#include "panes/referrals/AnomaliesTab.h"
#include "panes/referrals/AuditTab.h"
#include "panes/referrals/CommissionLedgerTab.h"
#include "panes/referrals/ReferralTreeLoader.h"
#include "panes/referrals/ReferralTreeTab.h"
#include "widgets/NoticeLabel.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

ReferralsPane::ReferralsPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_db(db), m_tree(new ReferralTreeModel(db, this)),
      m_loader(new ReferralTreeLoader(db, m_tree, this)), m_tabs(new QTabWidget(this)),
      m_treeTab(new ReferralTreeTab(m_tree, this)), m_ledgerTab(new CommissionLedgerTab(db, this)),
      m_auditTab(new AuditTab(db, this)), m_anomaliesTab(new AnomaliesTab(db, this)),
      m_stack(new QStackedWidget(this)),
      m_capabilityNote(new NoticeLabel(QStringLiteral("referralsCapabilityNote"), this))
{
    setObjectName(QStringLiteral("referralsPane"));
    setAccessibleDescription(tr("Who invited whom, the commissions booked for it, and checks of "
                                "both"));
    m_tabs->setObjectName(QStringLiteral("referralsTabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Referral views"));
    m_tabs->addTab(m_treeTab, tr("Tree"));
    m_tabs->addTab(m_ledgerTab, tr("Ledger"));
    m_tabs->addTab(m_auditTab, tr("Audit"));
    m_tabs->addTab(m_anomaliesTab, tr("Anomalies"));
    auto *none = new QWidget(this);
    auto *noneLayout = new QVBoxLayout(none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    noneLayout->addWidget(m_capabilityNote);
    noneLayout->addStretch(1);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(none);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_loader, &ReferralTreeLoader::loadingChanged, this, [this](bool loading) {
        m_tabs->setTabText(m_tabs->indexOf(m_treeTab),
                           loading ? tr("Tree (loading…)") : tr("Tree"));
    });
    connect(m_treeTab, &ReferralTreeTab::statementRequested, this, [this](const QString &id) {
        m_ledgerTab->showStatement(id);
        m_tabs->setCurrentWidget(m_ledgerTab);
    });
    connect(m_anomaliesTab, &AnomaliesTab::memberActivated, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_treeTab);
        m_treeTab->revealMember(id);
    });
}

CommissionTableModel *ReferralsPane::commissionModel() const
{
    return m_ledgerTab->ledger();
}

bool ReferralsPane::showsReferrals() const
{
    return m_stack->currentWidget() == m_tabs;
}

void ReferralsPane::setDateRange(const DateRange &range)
{
    if (!(range == m_range)) {
        m_range = range;
        if (m_referrals)
            m_loader->load(range);
    }
    m_ledgerTab->setDateRange(range);
}

void ReferralsPane::reload()
{
    const ShopInfo shop = ShopInfo::load(m_db);
    m_referrals = shop.capabilities().referrals;
    m_capabilityNote->setNotice(
        m_referrals ? QString()
                    : tr("%1 has no referral scheme: there is no referral tree or commissions for "
                         "this shop.")
                          .arg(shop.kindDisplayName()));
    m_stack->setCurrentIndex(m_referrals ? 0 : 1);
    if (!m_referrals)
        return;
    m_loader->load(m_range);
    m_ledgerTab->reload();
    m_anomaliesTab->reload();
    m_auditTab->invalidate();
}
