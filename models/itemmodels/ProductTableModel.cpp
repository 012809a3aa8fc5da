#include "itemmodels/ProductTableModel.h"

namespace {
// Sales in the range: order lines of orders created in [from, to) that brought money in.
QString salesSubquery(const QString &aggregate)
{
    return QStringLiteral("(SELECT COALESCE(SUM(%1), 0) FROM order_items oi JOIN orders o ON o.id = oi.order_id "
                          "WHERE oi.product_id = p.id AND o.status IN ('paid', 'shipped', 'completed') "
                          "AND o.created_at >= :from AND o.created_at < :to)")
        .arg(aggregate);
}
} // namespace

ProductTableModel::ProductTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
}

QList<SqlTableModel::Column> ProductTableModel::columns() const
{
    return {
        {tr("Product"), QStringLiteral("p.title"), Kind::Text},
        {tr("SKU"), QStringLiteral("p.sku"), Kind::Text},
        {tr("Category"), QStringLiteral("p.category"), Kind::Text},
        {tr("Price"), QStringLiteral("p.price"), Kind::Money},
        {tr("Stock"), QStringLiteral("p.stock"), Kind::Integer},
        {tr("Status"), QStringLiteral("p.status"), Kind::ProductStatus},
        {tr("Units sold"), salesSubquery(QStringLiteral("oi.quantity")), Kind::Integer},
        {tr("Revenue"), salesSubquery(QStringLiteral("oi.quantity * oi.unit_price")), Kind::Money},
    };
}

QString ProductTableModel::fromClause() const
{
    return QStringLiteral("products p");
}

QStringList ProductTableModel::searchExpressions() const
{
    return {QStringLiteral("p.title"), QStringLiteral("p.sku"), QStringLiteral("p.category")};
}
