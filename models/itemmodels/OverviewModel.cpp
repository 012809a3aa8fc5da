#include "itemmodels/OverviewModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PartialDay.h"
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
    const QDateTime now = calendar.now();
    m_partialUntil = m_range.contains(now.date()) ? now : QDateTime();
    m_rows.clear();
    m_totals = Figures();
    QSqlQuery sessions(m_db.connection());
    sessions.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE started_at >= ? AND started_at < ?"));
    QSqlQuery orders(m_db.connection());
    orders.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM orders "
                                  "WHERE status IN ('paid', 'shipped', 'completed') "
                                  "AND created_at >= ? AND created_at < ?"));
    const auto between = [&](qint64 from, qint64 to) {
        Figures f;
        sessions.addBindValue(from);
        sessions.addBindValue(to);
        if (sessions.exec() && sessions.next())
            f.sessions = sessions.value(0).toLongLong();
        orders.addBindValue(from);
        orders.addBindValue(to);
        if (orders.exec() && orders.next()) {
            f.paidOrders = orders.value(0).toLongLong();
            f.revenue = orders.value(1).toLongLong();
        }
        return f;
    };
    // One indexed range count per day and figure: a few hundred cheap queries at most, and each
    // day's bounds come from the shop's zone (DST-safe), not from arithmetic on epoch ms.
    for (const QDate &day : m_range.days()) {
        DayRow row{day, {}, {}, day == now.date()};
        // Today's row holds everything synced for today (an order stamped a minute ahead of this
        // machine's clock still counts); its comparison stops at the same time of day as now.
        row.figures = between(calendar.startOfDay(day), calendar.endOfDay(day));
        if (m_comparisonDays > 0) {
            const QDate then = day.addDays(-m_comparisonDays);
            row.comparison =
                between(calendar.startOfDay(then),
                        row.partial ? calendar.sameTimeOn(then, now) : calendar.endOfDay(then));
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
    // Today's whole row is in italics with the "so far" tooltip; its day says until when.
    if (role == ItemRoles::PartialRole || role == Qt::FontRole || role == Qt::ToolTipRole ||
        (index.column() == Day && (role == Qt::DisplayRole || role == ItemRoles::ExportRole)))
        return PartialDay::dayCell(row.day, m_partialUntil, role);
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
