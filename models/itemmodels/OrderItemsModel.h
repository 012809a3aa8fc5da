#pragma once

#include "itemmodels/SqlTableModel.h"

// The lines of one order (shown under the orders table for the selected order).
class OrderItemsModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Title, Quantity, UnitPrice, Amount };
    explicit OrderItemsModel(Database &db, QObject *parent = nullptr);

    void setOrderId(const QString &orderId);
    QString orderId() const { return m_orderId; }

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override { return QStringLiteral("order_items oi"); }
    QString idExpression() const override { return QStringLiteral("oi.line"); }
    QStringList searchExpressions() const override { return {QStringLiteral("oi.title")}; }
    QString extraCondition() const override { return QStringLiteral("oi.order_id = :order"); }
    void bindExtra(QSqlQuery &query) const override;
    int defaultSortColumn() const override { return Line; }
    Qt::SortOrder defaultSortOrder() const override { return Qt::AscendingOrder; }

private:
    QString m_orderId;
};
