#include "panes/referrals/ReferralsPane.h"

#include "itemmodels/CommissionTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralTreeModel.h"
#include "widgets/TablePanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

ReferralsPane::ReferralsPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_tree(new ReferralTreeModel(db, this)), m_commissions(new CommissionTableModel(db, this)),
      m_treeProxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_treeView(new QTreeView(this)),
      m_treeEmpty(new QLabel(this)), m_treeStack(new QStackedWidget(this)),
      m_commissionTable(new TablePanel(m_commissions, QStringLiteral("commissions"), this))
{
    setObjectName(QStringLiteral("referralsPane"));
    m_treeProxy->setSourceModel(m_tree);
    m_treeProxy->setSortRole(ItemRoles::RawValueRole);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setFilterKeyColumn(ReferralTreeModel::Customer);
    m_search->setObjectName(QStringLiteral("referralsSearch"));
    m_search->setPlaceholderText(tr("Search loaded customers by nickname…"));
    m_search->setClearButtonEnabled(true);
    m_treeView->setObjectName(QStringLiteral("referralsView"));
    m_treeView->setModel(m_treeProxy);
    m_treeView->setSortingEnabled(true);
    m_treeView->sortByColumn(-1, Qt::AscendingOrder);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->resizeSection(ReferralTreeModel::Customer, 220);
    m_treeEmpty->setObjectName(QStringLiteral("referralsEmptyState"));
    m_treeEmpty->setAlignment(Qt::AlignCenter);
    m_treeEmpty->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 15px;"));
    m_treeEmpty->setText(tr("No referrals yet — sync your shop."));
    m_treeStack->addWidget(m_treeView);
    m_treeStack->addWidget(m_treeEmpty);
    m_commissionTable->setEmptyText(tr("No commissions in this date range."));
    m_commissionTable->searchBox()->setPlaceholderText(tr("Search commissions by beneficiary or order…"));

    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_search);
    treeLayout->addWidget(m_treeStack, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(treeBox);
    splitter->addWidget(m_commissionTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_treeProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReferralsPane::customerSelected);
    connect(m_tree, &QAbstractItemModel::modelReset, this, &ReferralsPane::updateEmptyState);
}

void ReferralsPane::customerSelected(const QModelIndex &current)
{
    m_commissions->setBeneficiary(current.isValid() ? current.data(ItemRoles::RecordIdRole).toString() : QString());
}

void ReferralsPane::updateEmptyState()
{
    m_commissions->setBeneficiary({});
    m_treeStack->setCurrentWidget(m_tree->rowCount() == 0 ? static_cast<QWidget *>(m_treeEmpty) : m_treeView);
}

void ReferralsPane::setDateRange(const DateRange &range)
{
    m_tree->setDateRange(range);
    m_commissions->setDateRange(range);
}

void ReferralsPane::reload()
{
    m_tree->reload();
    m_commissions->reload();
}
