#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>

class Database;

// Sessions started in the date range, and how many of them reached each shopping step (had at
// least one event of the step's type). A later issue turns this into ordered funnels.
class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Sessions, ShareOfAll, ShareOfPrevious, ColumnCount };
    enum class StepKind { AllSessions, ViewProduct, AddToCart, BeginCheckout, Purchase };

    explicit FunnelModel(Database &db, QObject *parent = nullptr);

    void setDateRange(const DateRange &range);
    void reload();
    qint64 sessionsAt(StepKind step) const;
    static QString stepName(StepKind step);
    static QString eventType(StepKind step); // contract's event type; empty for AllSessions

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double share(int row, int ofRow) const;

    Database &m_db;
    DateRange m_range;
    QList<qint64> m_counts; // per StepKind
};
