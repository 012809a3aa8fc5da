#include "itemmodels/OverviewModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>

OverviewModel::OverviewModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
}

void OverviewModel::setDateRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

void OverviewModel::reload()
{
    beginResetModel();
    m_shop = ShopInfo::load(m_db);
    const ShopCalendar calendar = m_shop.calendar();
    m_rows.clear();
    m_totals = Figures();
    QSqlQuery sessions(m_db.connection());
    sessions.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE started_at >= ? AND started_at < ?"));
    QSqlQuery orders(m_db.connection());
    orders.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM orders "
                                  "WHERE status IN ('paid', 'shipped', 'completed') "
                                  "AND created_at >= ? AND created_at < ?"));
    // One indexed range count per day and figure: a few hundred cheap queries at most, and each
    // day's bounds come from the shop's zone (DST-safe), not from arithmetic on epoch ms.
    for (const QDate &day : m_range.days()) {
        DayRow row{day, {}};
        const qint64 start = calendar.startOfDay(day);
        const qint64 end = calendar.endOfDay(day);
        sessions.addBindValue(start);
        sessions.addBindValue(end);
        if (sessions.exec() && sessions.next())
            row.figures.sessions = sessions.value(0).toLongLong();
        orders.addBindValue(start);
        orders.addBindValue(end);
        if (orders.exec() && orders.next()) {
            row.figures.paidOrders = orders.value(0).toLongLong();
            row.figures.revenue = orders.value(1).toLongLong();
        }
        m_totals.sessions += row.figures.sessions;
        m_totals.paidOrders += row.figures.paidOrders;
        m_totals.revenue += row.figures.revenue;
        m_rows.append(row);
    }
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DayRow &row = m_rows.at(index.row());
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case Day:
            return row.day;
        case Sessions:
            return row.figures.sessions;
        case PaidOrders:
            return row.figures.paidOrders;
        case Revenue:
            return row.figures.revenue;
        case Conversion:
            return row.figures.conversion();
        }
    } else if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Day:
            return row.day.toString(Qt::ISODate);
        case Sessions:
            return locale.toString(row.figures.sessions);
        case PaidOrders:
            return locale.toString(row.figures.paidOrders);
        case Revenue:
            return Money::display(row.figures.revenue, m_shop.currency);
        case Conversion:
            return locale.toString(row.figures.conversion() * 100.0, 'f', 2) + QLatin1Char('%');
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != Day) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Sessions:
        return tr("Sessions");
    case PaidOrders:
        return tr("Paid orders");
    case Revenue:
        return tr("Revenue");
    case Conversion:
        return tr("Conversion");
    }
    return {};
}
