#include "itemmodels/ReferralAnomalyTableModel.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/ShopInfo.h"
#include "referrals/CommissionRates.h"
#include "referrals/ReferralAnomalyFinder.h"
#include "referrals/ReferralGraph.h"

#include <QLocale>

ReferralAnomalyTableModel::ReferralAnomalyTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ReferralAnomalyTableModel::runFinder(Database &db, int burstThreshold)
{
    const ReferralGraph graph = ReferralGraph::load(db);
    const int levels = int(CommissionRates::load(db).size());
    const int threshold =
        burstThreshold > 0 ? burstThreshold : ReferralAnomalyFinder::burstThreshold();
    setAnomalies(
        ReferralAnomalyFinder::find(graph, ShopInfo::load(db).calendar(), levels, threshold));
}

void ReferralAnomalyTableModel::setAnomalies(const QList<ReferralAnomaly> &anomalies)
{
    beginResetModel();
    m_anomalies = anomalies;
    endResetModel();
}

int ReferralAnomalyTableModel::errorCount() const
{
    return int(std::count_if(m_anomalies.cbegin(), m_anomalies.cend(),
                             [](const ReferralAnomaly &a) { return a.isError(); }));
}

int ReferralAnomalyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_anomalies.size());
}

int ReferralAnomalyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralAnomalyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReferralAnomaly &a = m_anomalies.at(index.row());
    if (role == ItemRoles::RecordIdRole)
        return a.memberIds.value(0);
    if (role == ItemRoles::RowKindRole)
        return ReferralAnomaly::key(a.kind);
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole && role != ItemRoles::ExportRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Kind:
        return display ? ReferralAnomaly::title(a.kind) : ReferralAnomaly::key(a.kind);
    case Inviter:
        return a.inviterId;
    case Day:
        return a.day.isValid() ? a.day.toString(Qt::ISODate) : QString();
    case Count:
        return display ? QVariant(QLocale().toString(a.count)) : QVariant(a.count);
    case Members:
        return a.memberIds.join(display ? QStringLiteral(", ") : QStringLiteral(" "));
    case Description:
        return a.describe();
    }
    return {};
}

QVariant ReferralAnomalyTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    static const char *const keys[] = {"kind",  "inviter_id", "day",
                                       "count", "member_ids", "description"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ItemRoles::ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Anomaly");
    case Inviter:
        return tr("Inviter");
    case Day:
        return tr("Day");
    case Count:
        return tr("Count");
    case Members:
        return tr("Members");
    case Description:
        return tr("Description");
    }
    return {};
}
