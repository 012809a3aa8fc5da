#include "itemmodels/TrafficDailyModel.h"

#include "analytics/ShopDay.h"
#include "analytics/TrafficSource.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PartialDay.h"
#include "itemmodels/ShopInfo.h"
#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>

TrafficDailyModel::TrafficDailyModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

int TrafficDailyModel::channelCount()
{
    return int(TrafficSource::channels().size());
}

int TrafficDailyModel::channelColumn(const QString &channel)
{
    const int i = int(TrafficSource::channels().indexOf(channel));
    return i < 0 ? -1 : 1 + i;
}

void TrafficDailyModel::setFilter(const TrafficFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TrafficDailyModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QDateTime now = ShopInfo::load(m_db).calendar().now();
    m_partialUntil = m_filter.range.contains(now.date()) ? now : QDateTime();
    if (m_filter.range.isValid()) {
        const QDate from = m_filter.range.from();
        for (const QDate &day : m_filter.range.days())
            m_rows.append({day, QList<qint64>(channelCount(), 0), 0, 0});
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT day, channel, SUM(sessions), SUM(purchased) FROM traffic_daily "
                           "WHERE day >= ? AND day <= ?%1 GROUP BY day, channel")
                .arg(m_filter.sqlCondition()));
        q.addBindValue(ShopDay::key(from));
        q.addBindValue(ShopDay::key(m_filter.range.to()));
        for (const QVariant &v : m_filter.sqlValues())
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next()) {
                const qint64 row = from.daysTo(ShopDay::date(q.value(0).toInt()));
                if (row < 0 || row >= m_rows.size())
                    continue;
                DayRow &r = m_rows[row];
                const int column = channelColumn(q.value(1).toString());
                const qint64 sessions = q.value(2).toLongLong();
                if (column > 0)
                    r.perChannel[column - 1] += sessions;
                r.sessions += sessions;
                r.purchased += q.value(3).toLongLong();
            }
        }
    }
    endResetModel();
}

QDate TrafficDailyModel::dayOf(int row) const
{
    return m_rows.value(row).day;
}

qint64 TrafficDailyModel::sessions(int row, const QString &channel) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    if (channel.isEmpty())
        return m_rows.at(row).sessions;
    const int column = channelColumn(channel);
    return column > 0 ? m_rows.at(row).perChannel.at(column - 1) : 0;
}

qint64 TrafficDailyModel::purchased(int row) const
{
    return m_rows.value(row).purchased;
}

double TrafficDailyModel::conversion(int row) const
{
    const qint64 s = sessions(row);
    return s > 0 ? double(purchased(row)) / double(s) : 0.0;
}

int TrafficDailyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficDailyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4 + channelCount();
}

QVariant TrafficDailyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const QDate day = m_rows.at(row).day;
    if (role == ItemRoles::PartialRole || role == Qt::FontRole || role == Qt::ToolTipRole ||
        (column == 0 && role == Qt::DisplayRole))
        return PartialDay::dayCell(day, m_partialUntil, role);
    if (column == 0) {
        if (role == ItemRoles::ExportRole)
            return day.toString(Qt::ISODate);
        if (role == ItemRoles::RawValueRole)
            return day;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole && role != ItemRoles::ExportRole)
        return {};
    if (column == conversionColumn()) {
        const double c = conversion(row);
        if (role == ItemRoles::RawValueRole)
            return c;
        if (role == ItemRoles::ExportRole)
            return QString::number(c * 100.0, 'f', 2);
        return QLocale().toString(c * 100.0, 'f', 2) + QLatin1Char('%');
    }
    const qint64 value = column == sessionsColumn()    ? sessions(row)
                         : column == purchasedColumn() ? purchased(row)
                                                       : m_rows.at(row).perChannel.at(column - 1);
    if (role == Qt::DisplayRole)
        return QLocale().toString(value);
    return value;
}

QVariant TrafficDailyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool key = role == ItemRoles::ColumnKeyRole;
    if (role != Qt::DisplayRole && !key)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return key ? QStringLiteral("day") : tr("Day");
    if (section == sessionsColumn())
        return key ? QStringLiteral("sessions") : tr("Sessions");
    if (section == purchasedColumn())
        return key ? QStringLiteral("purchased_sessions") : tr("Purchased");
    if (section == conversionColumn())
        return key ? QStringLiteral("conversion_pct") : tr("Conversion");
    const QString channel = TrafficSource::channels().at(section - 1);
    return key ? channel + QStringLiteral("_sessions") : TrafficSource::channelDisplayName(channel);
}
