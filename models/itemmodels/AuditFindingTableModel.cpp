#include "itemmodels/AuditFindingTableModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/StatusNames.h"
#include "referrals/CommissionAuditor.h"
#include "referrals/ReferralGraph.h"

AuditFindingTableModel::AuditFindingTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void AuditFindingTableModel::runAudit(Database &db)
{
    const ReferralGraph graph = ReferralGraph::load(db);
    setFindings(CommissionAuditor::run(db, graph), ShopInfo::load(db));
}

void AuditFindingTableModel::setFindings(const QList<AuditFinding> &findings, const ShopInfo &shop)
{
    beginResetModel();
    m_shop = shop;
    m_all = findings;
    applyFilter();
    endResetModel();
}

void AuditFindingTableModel::setKindFilter(const QString &kindKey)
{
    beginResetModel();
    m_kindFilter = kindKey;
    applyFilter();
    endResetModel();
}

void AuditFindingTableModel::applyFilter()
{
    m_shown.clear();
    for (const AuditFinding &f : std::as_const(m_all)) {
        if (m_kindFilter.isEmpty() || AuditFinding::key(f.kind) == m_kindFilter)
            m_shown.append(f);
    }
}

int AuditFindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditFindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditFinding &f = m_shown.at(index.row());
    if (role == ItemRoles::RecordIdRole)
        return f.orderId;
    if (role == ItemRoles::RowKindRole)
        return AuditFinding::key(f.kind);
    const bool money = index.column() == BookedAmount || index.column() == ExpectedAmount;
    if (role == Qt::TextAlignmentRole && (money || index.column() == Level))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole && role != ItemRoles::ExportRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Kind:
        return display ? AuditFinding::title(f.kind) : AuditFinding::key(f.kind);
    case Order:
        return f.orderId;
    case Commission:
        return f.commissionId;
    case Buyer:
        return f.buyerId;
    case Beneficiary:
        return f.beneficiaryId;
    case ExpectedBeneficiary:
        return f.expectedBeneficiaryId;
    case Level:
        return f.level;
    case BookedAmount:
    case ExpectedAmount: {
        const qint64 fen = index.column() == BookedAmount ? f.bookedAmount : f.expectedAmount;
        if (role == ItemRoles::RawValueRole)
            return fen;
        return display ? Money::display(fen, m_shop.currency) : Money::toDecimal(fen);
    }
    case BookedStatus:
        return display && !f.bookedStatus.isEmpty() ? StatusNames::commissionStatus(f.bookedStatus)
                                                    : f.bookedStatus;
    case OrderStatus:
        return display && !f.orderStatus.isEmpty() ? StatusNames::orderStatus(f.orderStatus)
                                                   : f.orderStatus;
    case Description:
        return f.describe();
    }
    return {};
}

QVariant AuditFindingTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    static const char *const keys[] = {"kind",          "order_id",       "commission_id",
                                       "buyer_id",      "beneficiary_id", "expected_beneficiary_id",
                                       "level",         "booked_amount",  "expected_amount",
                                       "booked_status", "order_status",   "description"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ItemRoles::ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Finding");
    case Order:
        return tr("Order");
    case Commission:
        return tr("Booking");
    case Buyer:
        return tr("Buyer");
    case Beneficiary:
        return tr("Credited");
    case ExpectedBeneficiary:
        return tr("Due to");
    case Level:
        return tr("Level");
    case BookedAmount:
        return tr("Booked");
    case ExpectedAmount:
        return tr("Due");
    case BookedStatus:
        return tr("Booking status");
    case OrderStatus:
        return tr("Order status");
    case Description:
        return tr("Description");
    }
    return {};
}
