#pragma once

#include "itemmodels/TrafficFilter.h"

#include <QAbstractTableModel>

class Database;
class QSqlQuery;

// A funnel as a table: one row per step with its count, conversion from the previous step and from
// the first, the drop-off, and the same figures for the compared period side by side. Subclasses
// say what the steps are and count them from the aggregate tables.
class StepFunnelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Step,
        Sessions, // the step's count (sessions or visitors, by funnel)
        ShareOfAll,
        ShareOfPrevious,
        DropOff,
        CompareSessions,
        CompareShareOfAll,
        Change, // overall conversion now minus then, in percentage points
        ColumnCount
    };

    explicit StepFunnelModel(Database &db, QObject *parent = nullptr);

    void setFilter(const TrafficFilter &filter);
    TrafficFilter filter() const { return m_filter; }
    // Keeps the channel filter and comparison, changes the days.
    void setDateRange(const DateRange &range);
    void reload();

    qint64 countAt(int step) const { return m_counts.value(step); }
    qint64 compareCountAt(int step) const { return m_compare.value(step); }
    double shareOfAll(int step) const;
    double shareOfPrevious(int step) const;
    // The same shares in the compared period (0 without a comparison).
    double compareShareOfAll(int step) const;
    double compareShareOfPrevious(int step) const;
    bool isCompared() const { return !m_compare.isEmpty(); }
    // A share as the table shows it: 0.377 → "37.7%" in the UI's locale.
    static QString percentText(double share);

    virtual int stepCount() const = 0;
    virtual QString stepName(int step) const = 0;
    virtual QString stepKey(int step) const = 0;
    virtual QString stepDefinition(int step) const = 0;
    virtual QString countHeader() const = 0;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Counts per step over these days and the filter's channel/source; empty range: zeros.
    virtual QList<qint64> loadCounts(const DateRange &range) const = 0;
    // Prepares `sql` ("…WHERE day >= ? AND day <= ?%1…", %1 the filter's condition) on the store
    // and binds the range's days and the filter's channel/source.
    QSqlQuery prepareCounts(const QString &sql, const DateRange &range) const;
    Database &m_db;

private:
    static double ratio(qint64 part, qint64 whole);
    QVariant percent(double value, int role, bool signedPoints = false) const;

    TrafficFilter m_filter;
    QList<qint64> m_counts;
    QList<qint64> m_compare;
};
