#include "itemmodels/CohortMatrixModel.h"

#include "analytics/ShopDay.h"
#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QColor>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

CohortMatrixModel::CohortMatrixModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void CohortMatrixModel::setUnit(Unit unit)
{
    m_unit = unit;
}

void CohortMatrixModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FirstPeriod), index(rowCount() - 1, columnCount() - 1));
}

void CohortMatrixModel::setChannel(const QString &channel)
{
    m_channel = channel;
}

void CohortMatrixModel::setCohortCount(int count)
{
    m_count = qBound(1, count, 120);
}

void CohortMatrixModel::setToday(QDate today)
{
    m_today = today;
}

QDate CohortMatrixModel::periodStart(QDate cohortStart, int offset) const
{
    return m_unit == Unit::Month ? cohortStart.addMonths(offset)
                                 : cohortStart.addDays(7LL * offset);
}

void CohortMatrixModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_maxRevenue = 0;
    m_lastError.clear();
    m_shop = ShopInfo::load(m_db);
    const QDate today = m_today.isValid() ? m_today : m_shop.calendar().today();
    QDate last = m_unit == Unit::Month ? QDate(today.year(), today.month(), 1)
                                       : today.addDays(1 - today.dayOfWeek());
    const QDate first = periodStart(last, 1 - m_count);
    const int unit = int(m_unit);
    auto key = [this](QDate d) {
        return m_unit == Unit::Month ? d.year() * 100 + d.month() : ShopDay::key(d);
    };
    auto dateOf = [this](int k) {
        return m_unit == Unit::Month ? QDate(k / 100, k % 100, 1) : ShopDay::date(k);
    };
    const QString channel =
        m_channel.isEmpty() ? QString() : QStringLiteral(" AND channel = :channel");
    QHash<int, int> rowOf;
    QSqlQuery q(m_db.connection());
    bool ok = q.prepare(QStringLiteral("SELECT cohort, SUM(customers) FROM cohort_sizes WHERE "
                                       "unit = :unit AND cohort >= :first AND cohort <= :last%1 "
                                       "GROUP BY cohort ORDER BY cohort")
                            .arg(channel));
    auto bind = [&] {
        q.bindValue(QStringLiteral(":unit"), unit);
        q.bindValue(QStringLiteral(":first"), key(first));
        q.bindValue(QStringLiteral(":last"), key(last));
        if (!m_channel.isEmpty())
            q.bindValue(QStringLiteral(":channel"),
                        m_channel == QLatin1String("-") ? QString(QLatin1String("")) : m_channel);
    };
    if (ok) {
        bind();
        ok = q.exec();
    }
    while (ok && q.next()) {
        Row row;
        row.start = dateOf(q.value(0).toInt());
        row.size = q.value(1).toLongLong();
        // Periods begun by today: the cohort's own, and each one after it that has started.
        int periods = 0;
        while (periodStart(row.start, periods) <= today)
            ++periods;
        row.buyers.fill(0, periods);
        row.revenue.fill(0, periods);
        rowOf.insert(q.value(0).toInt(), int(m_rows.size()));
        m_rows.append(row);
    }
    if (ok)
        ok = q.prepare(QStringLiteral("SELECT cohort, period_offset, SUM(buyers), SUM(revenue) "
                                      "FROM cohort_cells WHERE unit = :unit AND cohort >= :first "
                                      "AND cohort <= :last%1 GROUP BY cohort, period_offset")
                           .arg(channel));
    if (ok) {
        bind();
        ok = q.exec();
    }
    while (ok && q.next()) {
        const auto it = rowOf.constFind(q.value(0).toInt());
        const int offset = q.value(1).toInt();
        if (it == rowOf.cend() || offset < 0 || offset >= m_rows[*it].buyers.size())
            continue;
        m_rows[*it].buyers[offset] = q.value(2).toLongLong();
        m_rows[*it].revenue[offset] = q.value(3).toLongLong();
    }
    if (!ok) {
        m_lastError = q.lastError().text();
        m_rows.clear();
    }
    for (Row &row : m_rows) {
        for (int i = 1; i < row.revenue.size(); ++i)
            row.revenue[i] += row.revenue[i - 1];
        if (row.size > 0 && !row.revenue.isEmpty())
            m_maxRevenue = std::max(m_maxRevenue, row.revenue.constLast() / row.size);
    }
    endResetModel();
}

double CohortMatrixModel::share(int row, int period) const
{
    const Row &r = m_rows.at(row);
    if (period < 0 || period >= r.buyers.size() || r.size == 0)
        return std::nan("");
    return double(r.buyers.at(period)) / double(r.size);
}

qint64 CohortMatrixModel::revenuePerCustomer(int row, int period) const
{
    const Row &r = m_rows.at(row);
    if (period < 0 || period >= r.revenue.size() || r.size == 0)
        return -1;
    // Rounded to the nearest fen (half away from zero).
    return (2 * r.revenue.at(period) + r.size) / (2 * r.size);
}

double CohortMatrixModel::heat(int row, int period) const
{
    if (m_measure == Measure::RepeatShare) {
        const double s = share(row, period);
        // Repeat shares are small: full colour at 50 %.
        return std::isnan(s) ? -1 : std::min(1.0, s * 2);
    }
    const qint64 v = revenuePerCustomer(row, period);
    return v < 0 || m_maxRevenue <= 0 ? -1 : double(v) / double(m_maxRevenue);
}

int CohortMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CohortMatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    int periods = 0;
    for (const Row &r : m_rows)
        periods = std::max(periods, int(r.buyers.size()));
    return FirstPeriod + std::max(periods, 1);
}

QString CohortMatrixModel::cohortLabel(QDate start) const
{
    return m_unit == Unit::Month
               ? start.toString(QStringLiteral("yyyy-MM"))
               : tr("Week of %1").arg(start.toString(QStringLiteral("yyyy-MM-dd")));
}

QVariant CohortMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    if (column == Cohort) {
        switch (role) {
        case Qt::DisplayRole:
            return cohortLabel(r.start);
        case ItemRoles::RawValueRole:
        case ItemRoles::ExportRole:
            return r.start.toString(Qt::ISODate);
        default:
            return {};
        }
    }
    if (column == Customers) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(r.size);
        case ItemRoles::RawValueRole:
        case ItemRoles::ExportRole:
            return r.size;
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const int period = column - FirstPeriod;
    const bool begun = period < r.buyers.size();
    const bool shares = m_measure == Measure::RepeatShare;
    switch (role) {
    case Qt::DisplayRole:
        if (!begun)
            return {};
        return shares ? QLocale().toString(share(index.row(), period) * 100.0, 'f', 1) +
                            QLatin1Char('%')
                      : Money::display(revenuePerCustomer(index.row(), period), m_shop.currency);
    case ItemRoles::RawValueRole:
        if (!begun)
            return {};
        return shares ? QVariant(share(index.row(), period))
                      : QVariant(revenuePerCustomer(index.row(), period));
    case ItemRoles::ExportRole:
        if (!begun)
            return {};
        return shares ? QVariant(QString::number(share(index.row(), period), 'f', 4))
                      : QVariant(Money::toDecimal(revenuePerCustomer(index.row(), period)));
    case Qt::ToolTipRole:
        if (!begun)
            return tr("This period has not begun yet.");
        return shares
                   ? tr("%1: %2 of %3 customers bought again in %4")
                         .arg(cohortLabel(r.start), QLocale().toString(r.buyers.at(period)),
                              QLocale().toString(r.size),
                              m_unit == Unit::Month
                                  ? periodStart(r.start, period).toString(QStringLiteral("yyyy-MM"))
                                  : tr("the week of %1")
                                        .arg(periodStart(r.start, period).toString(Qt::ISODate)))
                   : tr("%1: %2 per customer from the first order through period %3")
                         .arg(cohortLabel(r.start),
                              Money::display(revenuePerCustomer(index.row(), period),
                                             m_shop.currency))
                         .arg(period);
    case Qt::BackgroundRole: {
        const double h = heat(index.row(), period);
        if (h < 0)
            return {};
        // From a pale to a deep teal: readable in light and dark palettes with ForegroundRole.
        const QColor pale(0xe6, 0xf4, 0xf1), deep(0x00, 0x6d, 0x5b);
        return QColor::fromRgbF(float(pale.redF() + (deep.redF() - pale.redF()) * h),
                                float(pale.greenF() + (deep.greenF() - pale.greenF()) * h),
                                float(pale.blueF() + (deep.blueF() - pale.blueF()) * h));
    }
    case Qt::ForegroundRole: {
        const double h = heat(index.row(), period);
        if (h < 0)
            return {};
        return h > 0.45 ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CohortMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ItemRoles::ColumnKeyRole) {
        if (section == Cohort)
            return QStringLiteral("cohort");
        if (section == Customers)
            return QStringLiteral("customers");
        return QStringLiteral("period_%1").arg(section - FirstPeriod);
    }
    if (role == Qt::ToolTipRole && section >= FirstPeriod)
        return m_measure == Measure::RepeatShare
                   ? tr("Share of the cohort who bought again in this period; in the first period, "
                        "a second paid order")
                   : tr("Paid revenue per cohort customer from the first order through this "
                        "period");
    if (role != Qt::DisplayRole)
        return {};
    if (section == Cohort)
        return m_unit == Unit::Month ? tr("First paid month") : tr("First paid week (Monday)");
    if (section == Customers)
        return tr("Customers");
    const int period = section - FirstPeriod;
    return m_unit == Unit::Month ? tr("Month %1").arg(period) : tr("Week %1").arg(period);
}
