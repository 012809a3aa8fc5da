#include "itemmodels/OrderTableModel.h"

OrderTableModel::OrderTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
    setBatchSize(300);
}

QList<SqlTableModel::Column> OrderTableModel::columns() const
{
    return {
        {tr("Order number"), QStringLiteral("o.number"), Kind::Text},
        {tr("Created"), QStringLiteral("o.created_at"), Kind::DateTime},
        {tr("Customer"), QStringLiteral("COALESCE(c.nickname, o.customer_id)"), Kind::Text},
        {tr("Status"), QStringLiteral("o.status"), Kind::OrderStatus},
        {tr("Items"), QStringLiteral("(SELECT COALESCE(SUM(oi.quantity), 0) FROM order_items oi WHERE oi.order_id = o.id)"),
         Kind::Integer},
        {tr("Total"), QStringLiteral("o.total"), Kind::Money},
        {tr("Paid"), QStringLiteral("o.paid_at"), Kind::DateTime},
        {tr("Shipping"), QStringLiteral("TRIM(COALESCE(o.carrier, '') || ' ' || COALESCE(o.tracking_number, ''))"),
         Kind::Text},
    };
}

QString OrderTableModel::fromClause() const
{
    return QStringLiteral("orders o LEFT JOIN customers c ON c.id = o.customer_id");
}

QStringList OrderTableModel::searchExpressions() const
{
    return {QStringLiteral("o.number"), QStringLiteral("c.nickname"), QStringLiteral("o.customer_id"),
            QStringLiteral("o.tracking_number")};
}
