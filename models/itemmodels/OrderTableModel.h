#pragma once

#include "itemmodels/SqlTableModel.h"

// Orders created in the date range, newest first, with the buyer's nickname, item count and the
// state of unpushed local edits (ship, complete, cancel). Filters by status, customer and the
// traffic channel of the session the order came from run in SQL, on indexed columns.
class OrderTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Created, Customer, Status, Items, Total, Paid, Shipping, EditState };
    explicit OrderTableModel(Database &db, QObject *parent = nullptr);

    void setStatusFilter(const QString &status);       // "" for all
    void setCustomerFilter(const QString &customerId); // "" for all
    // The sessions' traffic channel (sessions.channel, added by the traffic schema); ignored when
    // the store has no such column.
    void setChannelFilter(const QString &channel);
    bool canFilterByChannel() const;
    QStringList channels() const;

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("o.id"); }
    QString timeExpression() const override { return QStringLiteral("o.created_at"); }
    QStringList searchExpressions() const override;
    QString extraCondition() const override;
    void bindExtra(QSqlQuery &query) const override;
    int defaultSortColumn() const override { return Created; }
    QString displayText(int column, const QVariant &raw) const override;
    QVariant exportValue(int column, const QVariant &raw) const override;

private:
    QString m_status, m_customer, m_channel;
    mutable int m_hasChannel = -1; // unknown until asked
};
