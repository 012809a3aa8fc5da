#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The referral economy per acquisition channel and source, for the customers who registered in
// the date range (customer_daily and customer_stats; customers/CustomerDerivation), figures to
// date:
// - customers, the share who invited anyone, invitees per customer at levels 1-3 (the viral
//   factor is level 1);
// - own revenue: their paid orders;
// - invitees' revenue: paid orders of the people they brought in (up to three levels down) who
//   did not register in the range themselves. Each such invitee is credited once, to the row of
//   their nearest inviter who did, so the rows add up and no order counts twice;
// - commissions: not reversed, booked on those orders (own and invitees');
// - net revenue: own + invitees' - commissions, also per customer.
// A last row holds the totals.
class ReferralEconomyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Channel,
        Source,
        Customers,
        InviterShare,
        InviteesPerCustomer1,
        InviteesPerCustomer2,
        InviteesPerCustomer3,
        OwnRevenue,
        InviteesRevenue,
        Commissions,
        NetRevenue,
        NetPerCustomer,
        ColumnCount
    };
    struct Row
    {
        QString channel, source; // empty: first visit not on record
        qint64 customers = 0, inviters = 0, invitees[3] = {0, 0, 0};
        qint64 ownRevenue = 0, inviteesRevenue = 0, commissions = 0;
        qint64 net() const { return ownRevenue + inviteesRevenue - commissions; }
    };

    explicit ReferralEconomyModel(Database &db, QObject *parent = nullptr);

    void setDateRange(const DateRange &range);
    void reload();
    const QList<Row> &rows() const { return m_rows; } // without the totals row
    Row totals() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnKey(int column);

private:
    QVariant rawValue(const Row &row, int column) const;

    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    QList<Row> m_rows;
    QString m_lastError;
};
