#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>

class Database;

// Figures per shop day in the date range: sessions started, paid orders (paid, shipped or
// completed), their revenue and the conversion (paid orders / sessions). One row per day.
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
    void reload();

    Figures totals() const { return m_totals; }
    Figures figuresOn(int row) const { return m_rows.value(row).figures; }
    QDate dayOf(int row) const { return m_rows.value(row).day; }
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
    };

    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    QList<DayRow> m_rows;
    Figures m_totals;
};
