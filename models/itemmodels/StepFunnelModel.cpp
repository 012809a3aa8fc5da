#include "itemmodels/StepFunnelModel.h"

#include "analytics/ShopDay.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>

StepFunnelModel::StepFunnelModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void StepFunnelModel::setFilter(const TrafficFilter &filter)
{
    if (filter == m_filter && !m_counts.isEmpty())
        return;
    m_filter = filter;
    reload();
}

void StepFunnelModel::setDateRange(const DateRange &range)
{
    TrafficFilter f = m_filter;
    f.range = range;
    setFilter(f);
}

void StepFunnelModel::reload()
{
    beginResetModel();
    m_counts = loadCounts(m_filter.range);
    const DateRange compared = m_filter.comparedRange();
    m_compare = compared.isValid() ? loadCounts(compared) : QList<qint64>();
    while (m_counts.size() < stepCount())
        m_counts.append(0);
    endResetModel();
}

double StepFunnelModel::ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

double StepFunnelModel::shareOfAll(int step) const
{
    return ratio(countAt(step), countAt(0));
}

double StepFunnelModel::shareOfPrevious(int step) const
{
    return step == 0 ? 1.0 : ratio(countAt(step), countAt(step - 1));
}

double StepFunnelModel::compareShareOfAll(int step) const
{
    return ratio(compareCountAt(step), compareCountAt(0));
}

double StepFunnelModel::compareShareOfPrevious(int step) const
{
    return step == 0 ? 1.0 : ratio(compareCountAt(step), compareCountAt(step - 1));
}

QString StepFunnelModel::percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

int StepFunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : stepCount();
}

int StepFunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepFunnelModel::percent(double value, int role, bool signedPoints) const
{
    if (role == ItemRoles::RawValueRole)
        return value;
    if (role == ItemRoles::ExportRole)
        return QString::number(value * 100.0, 'f', 1);
    if (!signedPoints)
        return percentText(value);
    const QString text = QLocale().toString(value * 100.0, 'f', 1);
    return (value > 0 ? QStringLiteral("+") : QString()) + text + tr(" pts");
}

QVariant StepFunnelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool compared = !m_compare.isEmpty();
    if (role == Qt::ToolTipRole)
        return stepDefinition(row);
    if (role == ItemRoles::RowKindRole)
        return stepKey(row);
    if (role == Qt::TextAlignmentRole && column != Step)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole && role != ItemRoles::ExportRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case Step:
        return role == ItemRoles::RawValueRole ? QVariant(row) : QVariant(stepName(row));
    case Sessions:
        return display ? QVariant(QLocale().toString(countAt(row))) : QVariant(countAt(row));
    case ShareOfAll:
        return percent(shareOfAll(row), role);
    case ShareOfPrevious:
        if (row == 0 && role != ItemRoles::RawValueRole)
            return QString();
        return percent(shareOfPrevious(row), role);
    case DropOff: {
        const qint64 lost = row == 0 ? 0 : countAt(row - 1) - countAt(row);
        if (row == 0 && role != ItemRoles::RawValueRole)
            return QString();
        return display ? QVariant(QLocale().toString(lost)) : QVariant(lost);
    }
    case CompareSessions:
        if (!compared)
            return role == ItemRoles::RawValueRole ? QVariant() : QVariant(QString());
        return display ? QVariant(QLocale().toString(compareCountAt(row)))
                       : QVariant(compareCountAt(row));
    case CompareShareOfAll:
        if (!compared)
            return role == ItemRoles::RawValueRole ? QVariant() : QVariant(QString());
        return percent(compareShareOfAll(row), role);
    case Change:
        if (!compared)
            return role == ItemRoles::RawValueRole ? QVariant() : QVariant(QString());
        return percent(shareOfAll(row) - compareShareOfAll(row), role, true);
    }
    return {};
}

QVariant StepFunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const keys[] = {
        "step",     "count",         "step_conversion_pct", "overall_conversion_pct",
        "drop_off", "compare_count", "compare_overall_pct", "change_pts"};
    if (role == ItemRoles::ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareOfAll:
            return tr("This step's count ÷ the first step's");
        case ShareOfPrevious:
            return tr("This step's count ÷ the previous step's");
        case DropOff:
            return tr("Lost since the previous step");
        case CompareSessions:
        case CompareShareOfAll:
            return tr("The same figure for the compared period: %1")
                .arg(TrafficFilter::comparisonName(m_filter.comparison));
        case Change:
            return tr("Overall conversion now minus in the compared period, in percentage points");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step:
        return tr("Step");
    case Sessions:
        return countHeader();
    case ShareOfAll:
        return tr("Of first step");
    case ShareOfPrevious:
        return tr("Of previous step");
    case DropOff:
        return tr("Drop-off");
    case CompareSessions:
        return tr("Compared: %1").arg(countHeader());
    case CompareShareOfAll:
        return tr("Compared: of first step");
    case Change:
        return tr("Change");
    }
    return {};
}

QSqlQuery StepFunnelModel::prepareCounts(const QString &sql, const DateRange &range) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql.arg(m_filter.sqlCondition()));
    q.addBindValue(ShopDay::key(range.from()));
    q.addBindValue(ShopDay::key(range.to()));
    for (const QVariant &v : m_filter.sqlValues())
        q.addBindValue(v);
    return q;
}
