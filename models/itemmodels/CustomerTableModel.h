#pragma once

#include "customers/RfmThresholds.h"
#include "itemmodels/SqlTableModel.h"

// Every customer with their figures from customer_stats (customers/CustomerDerivation): orders,
// spending, refunds, acquisition, inviter and invitees, commissions and RFM segment. Sorting,
// filtering and search run in SQL; rows arrive in batches (SqlTableModel), so 100,000 customers
// open as fast as 100. The date range does not restrict the list.
class CustomerTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Registered,
        FirstPaid,
        LastPaid,
        PaidOrders,
        Spent,
        AverageOrder,
        Refunded,
        Channel,
        Source,
        Inviter,
        Invitees1,
        Invitees2,
        Invitees3,
        CommissionEarned,
        CommissionOnOrders,
        Segment,
        ColumnCount
    };
    enum class Purchases { Any, Bought, NotBought, Repeat };

    explicit CustomerTableModel(Database &db, QObject *parent = nullptr);

    // "" for every channel; "-" for customers whose first visit is not on record.
    void setChannelFilter(const QString &channel);
    void setPurchaseFilter(Purchases purchases);
    // Customers whose inviter (level 1) is this customer; "" for all.
    void setInviterFilter(const QString &customerId);
    // An RfmSegment::Segment, or -1 for all.
    void setSegmentFilter(int segment);
    void setThresholds(const RfmThresholds &thresholds);
    const RfmThresholds &thresholds() const { return m_thresholds; }
    QString inviterFilter() const { return m_inviter; }

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("s.customer_id"); }
    QStringList searchExpressions() const override;
    QString extraCondition() const override;
    void bindExtra(QSqlQuery &query) const override;
    int defaultSortColumn() const override { return Spent; }
    QString displayText(int column, const QVariant &raw) const override;
    QVariant exportValue(int column, const QVariant &raw) const override;

private:
    QString m_channel, m_inviter;
    Purchases m_purchases = Purchases::Any;
    int m_segment = -1;
    RfmThresholds m_thresholds;
};
