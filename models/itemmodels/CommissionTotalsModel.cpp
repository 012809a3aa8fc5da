#include "itemmodels/CommissionTotalsModel.h"

#include "core/Money.h"
#include "itemmodels/CommissionTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/StatusNames.h"
#include "referrals/MemberStats.h"
#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <limits>

namespace {
const char *const kStatusKeys[] = {"pending", "confirmed", "paid", "reversed", "all"};
}

CommissionTotalsModel::CommissionTotalsModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void CommissionTotalsModel::setFilter(const DateRange &range, const QString &beneficiary, int level)
{
    m_range = range;
    m_beneficiary = beneficiary;
    m_level = level;
    reload();
}

void CommissionTotalsModel::reload()
{
    beginResetModel();
    m_shop = ShopInfo::load(m_db);
    std::fill(std::begin(m_amount), std::end(m_amount), 0);
    std::fill(std::begin(m_count), std::end(m_count), 0);
    const ShopCalendar calendar = m_shop.calendar();
    QString where = QStringLiteral("m.created_at >= :from AND m.created_at < :to");
    const QString filter = CommissionTableModel::filterCondition(m_beneficiary, QString(), m_level);
    if (!filter.isEmpty())
        where += QStringLiteral(" AND ") + filter;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.status, COUNT(*), SUM(m.amount) FROM commissions m WHERE %1 "
                             "GROUP BY m.status")
                  .arg(where));
    q.bindValue(QStringLiteral(":from"),
                m_range.isValid() ? m_range.startMs(calendar) : std::numeric_limits<qint64>::min());
    q.bindValue(QStringLiteral(":to"),
                m_range.isValid() ? m_range.endMs(calendar) : std::numeric_limits<qint64>::max());
    CommissionTableModel::bindFilter(q, m_beneficiary, QString(), m_level);
    if (q.exec()) {
        while (q.next()) {
            const int row = MemberStats::statusIndex(q.value(0).toString());
            const qint64 count = q.value(1).toLongLong(), amount = q.value(2).toLongLong();
            if (row >= 0) {
                m_count[row] += count;
                m_amount[row] += amount;
            }
            m_count[All] += count;
            m_amount[All] += amount;
        }
    }
    endResetModel();
}

int CommissionTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int CommissionTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (index.column()) {
    case Status:
        if (role == Qt::DisplayRole)
            return row == All
                       ? tr("All")
                       : StatusNames::commissionStatus(QString::fromLatin1(kStatusKeys[row]));
        if (role == ItemRoles::RawValueRole || role == ItemRoles::ExportRole ||
            role == ItemRoles::RowKindRole)
            return QString::fromLatin1(kStatusKeys[row]);
        return {};
    case Count:
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_count[row]);
        if (role == ItemRoles::RawValueRole || role == ItemRoles::ExportRole)
            return m_count[row];
        break;
    case Amount:
        if (role == Qt::DisplayRole)
            return Money::display(m_amount[row], m_shop.currency);
        if (role == ItemRoles::RawValueRole)
            return m_amount[row];
        if (role == ItemRoles::ExportRole)
            return Money::toDecimal(m_amount[row]);
        break;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CommissionTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const keys[] = {"status", "count", "amount"};
    if (role == ItemRoles::ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Count:
        return tr("Bookings");
    case Amount:
        return tr("Amount");
    }
    return {};
}
