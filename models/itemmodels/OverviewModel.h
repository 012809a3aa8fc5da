#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>

class Database;

// Figures per shop day in the date range: sessions started, paid orders (paid, shipped or
// completed), their revenue and the conversion (paid orders / sessions). One row per day.
//
// The shop's today (ShopCalendar::now(), so the Clock) is partial: its row is flagged
// (isPartial(), ItemRoles::PartialRole) and, with a comparison set, compared with the other day
// until the same time of day, not with that whole day.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Sessions, PaidOrders, Revenue, Conversion, ColumnCount };
    struct Figures
    {
        qint64 sessions = 0;
        qint64 paidOrders = 0;
        qint64 revenue = 0; // fen
        double conversion() const { return sessions > 0 ? double(paidOrders) / double(sessions) : 0.0; }
    };

    explicit OverviewModel(Database &db, QObject *parent = nullptr);

    void setDateRange(const DateRange &range);
    DateRange dateRange() const { return m_range; }
    // Each row's day is compared with the day `days` earlier (7: the same weekday a week
    // earlier); 0, the default: no comparison. Takes effect at the next reload().
    void setComparisonDays(int days) { m_comparisonDays = days; }
    void reload();

    Figures totals() const { return m_totals; }
    Figures figuresOn(int row) const { return m_rows.value(row).figures; }
    QDate dayOf(int row) const { return m_rows.value(row).day; }
    // The comparison day's figures: the whole day, or, for today's row, until the same time.
    Figures comparisonOn(int row) const { return m_rows.value(row).comparison; }
    bool isPartial(int row) const { return m_rows.value(row).partial; }
    // The shop time that today's row runs to; invalid when today is not in the range.
    QDateTime partialUntil() const { return m_partialUntil; }
    const ShopInfo &shop() const { return m_shop; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct DayRow
    {
        QDate day;
        Figures figures;
        Figures comparison;
        bool partial = false;
    };

    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    int m_comparisonDays = 0;
    QDateTime m_partialUntil;
    QList<DayRow> m_rows;
    Figures m_totals;
};
