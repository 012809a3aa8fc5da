#pragma once

#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

// The cohort matrix (cohort_sizes, cohort_cells; customers/CustomerDerivation): one row per
// month (or week) of the customers' first paid order, in the shop's time zone, newest last; the
// cohort's size, then one column per period after it:
// - RepeatShare: the share of the cohort who bought again in that period (in period 0, a second
//   paid order; later, any paid order);
// - RevenuePerCustomer: paid revenue per cohort customer from the first order through that
//   period, cumulative.
// Periods not begun yet are empty. Qt::BackgroundRole/ForegroundRole draw the heat map (the
// share, or the revenue against the largest in the matrix); RawValueRole has the figure.
class CohortMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Unit { Month = 1, Week = 7 };
    enum class Measure { RepeatShare, RevenuePerCustomer };
    enum Column { Cohort, Customers, FirstPeriod };

    explicit CohortMatrixModel(Database &db, QObject *parent = nullptr);

    // These take effect on reload(), except setMeasure() (the same figures, shown otherwise).

    void setUnit(Unit unit);
    void setMeasure(Measure measure);
    // "" every channel; "-" customers whose first visit is not on record.
    void setChannel(const QString &channel);
    void setCohortCount(int count);
    // Counting back from this day (the shop's today unless set; tests pin it).
    void setToday(QDate today);
    Unit unit() const { return m_unit; }
    Measure measure() const { return m_measure; }
    QString channel() const { return m_channel; }
    void reload();

    int cohortCount() const { return int(m_rows.size()); }
    qint64 cohortSize(int row) const { return m_rows.at(row).size; }
    QDate cohortStart(int row) const { return m_rows.at(row).start; }
    // The figure of a cell; NaN (share) or -1 (revenue) when the period has not begun.
    double share(int row, int period) const;
    qint64 revenuePerCustomer(int row, int period) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDate start;
        qint64 size = 0;
        QList<qint64> buyers;  // per period begun
        QList<qint64> revenue; // per period begun, cumulative
    };
    QDate periodStart(QDate cohortStart, int offset) const;
    QString cohortLabel(QDate start) const;
    double heat(int row, int period) const;

    Database &m_db;
    ShopInfo m_shop;
    Unit m_unit = Unit::Month;
    Measure m_measure = Measure::RepeatShare;
    QString m_channel;
    int m_count = 12;
    QDate m_today;
    QList<Row> m_rows;
    qint64 m_maxRevenue = 0;
    QString m_lastError;
};
