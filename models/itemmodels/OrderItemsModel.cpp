#include "itemmodels/OrderItemsModel.h"

#include <QSqlQuery>

OrderItemsModel::OrderItemsModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
}

void OrderItemsModel::setOrderId(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    reload();
}

QList<SqlTableModel::Column> OrderItemsModel::columns() const
{
    return {
        {tr("Line"), QStringLiteral("oi.line"), Kind::Integer},
        {tr("Product"), QStringLiteral("COALESCE(oi.title, oi.product_id)"), Kind::Text},
        {tr("Quantity"), QStringLiteral("oi.quantity"), Kind::Integer},
        {tr("Unit price"), QStringLiteral("oi.unit_price"), Kind::Money},
        {tr("Amount"), QStringLiteral("oi.quantity * oi.unit_price"), Kind::Money},
    };
}

void OrderItemsModel::bindExtra(QSqlQuery &query) const
{
    query.bindValue(QStringLiteral(":order"), m_orderId);
}
