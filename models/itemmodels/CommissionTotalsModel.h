#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>

class Database;

// Totals of the commission ledger per status (pending, confirmed, paid, reversed, then all), over
// the same range, beneficiary and level as CommissionTableModel: a beneficiary's statement when
// one is set. One grouped query per reload.
class CommissionTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Count, Amount, ColumnCount };
    enum Row { Pending, Confirmed, Paid, Reversed, All, RowCount };

    explicit CommissionTotalsModel(Database &db, QObject *parent = nullptr);

    void setFilter(const DateRange &range, const QString &beneficiary, int level);
    void reload();
    qint64 amount(Row row) const { return m_amount[row]; }
    qint64 count(Row row) const { return m_count[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    QString m_beneficiary;
    int m_level = 0;
    qint64 m_amount[RowCount] = {};
    qint64 m_count[RowCount] = {};
};
