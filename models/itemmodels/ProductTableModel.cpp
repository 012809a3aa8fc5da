#include "itemmodels/ProductTableModel.h"

#include "core/Money.h"
#include "itemmodels/EditStateColumn.h"
#include "itemmodels/ItemRoles.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace {
// Sales in the range: order lines of orders created in [from, to) that brought money in.
QString salesSubquery(const QString &aggregate)
{
    return QStringLiteral(
               "(SELECT COALESCE(SUM(%1), 0) FROM order_items oi JOIN orders o ON o.id = "
               "oi.order_id "
               "WHERE oi.product_id = p.id AND o.status IN ('paid', 'shipped', 'completed') "
               "AND o.created_at >= :from AND o.created_at < :to)")
        .arg(aggregate);
}
} // namespace

ProductTableModel::ProductTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{}

QList<SqlTableModel::Column> ProductTableModel::columns() const
{
    return {
        {tr("Product"), QStringLiteral("p.title"), Kind::Text},
        {tr("SKU"), QStringLiteral("p.sku"), Kind::Text},
        {tr("Category"), QStringLiteral("p.category"), Kind::Text},
        {tr("Price"), QStringLiteral("p.price"), Kind::Money},
        {tr("Stock"), QStringLiteral("p.stock"), Kind::Integer},
        {tr("Status"), QStringLiteral("p.status"), Kind::ProductStatus},
        {tr("Units sold"), salesSubquery(QStringLiteral("oi.quantity")), Kind::Integer,
         QStringLiteral("units_sold")},
        {tr("Revenue"), salesSubquery(QStringLiteral("oi.quantity * oi.unit_price")), Kind::Money,
         QStringLiteral("revenue")},
        EditStateColumn::column(Collection::Products, QStringLiteral("p.id")),
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

void ProductTableModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

void ProductTableModel::setCategoryFilter(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    reload();
}

void ProductTableModel::setLowStockThreshold(qint64 threshold)
{
    if (threshold == m_lowStock)
        return;
    m_lowStock = threshold;
    reload();
}

QStringList ProductTableModel::categories() const
{
    QStringList list;
    QSqlQuery q(database().connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT category FROM products WHERE category IS NOT NULL "
                              "ORDER BY category"))) {
        while (q.next())
            list << q.value(0).toString();
    }
    return list;
}

QString ProductTableModel::extraCondition() const
{
    QStringList conditions;
    if (!m_status.isEmpty())
        conditions << QStringLiteral("p.status = :status");
    if (!m_category.isEmpty())
        conditions << QStringLiteral("p.category = :category");
    if (m_lowStock >= 0)
        conditions << QStringLiteral("p.stock <= :lowstock");
    return conditions.join(QStringLiteral(" AND "));
}

void ProductTableModel::bindExtra(QSqlQuery &query) const
{
    if (!m_status.isEmpty())
        query.bindValue(QStringLiteral(":status"), m_status);
    if (!m_category.isEmpty())
        query.bindValue(QStringLiteral(":category"), m_category);
    if (m_lowStock >= 0)
        query.bindValue(QStringLiteral(":lowstock"), m_lowStock);
}

QString ProductTableModel::displayText(int column, const QVariant &raw) const
{
    if (column == EditState)
        return EditStateColumn::display(raw);
    return SqlTableModel::displayText(column, raw);
}

QVariant ProductTableModel::exportValue(int column, const QVariant &raw) const
{
    if (column == EditState)
        return EditStateColumn::exportValue(raw);
    return SqlTableModel::exportValue(column, raw);
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SqlTableModel::flags(index);
    switch (index.column()) {
    case Title:
    case Category:
    case Price:
    case Stock:
    case Status:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::EditRole)
        return SqlTableModel::data(index, role);
    const QVariant raw = SqlTableModel::data(index, ItemRoles::RawValueRole);
    if (index.column() == Price)
        return Money::toDecimal(raw.toLongLong()); // edited in yuan
    return raw;
}

bool ProductTableModel::fieldsForEdit(int column, const QVariant &value, QJsonObject *fields,
                                      QString *error)
{
    switch (column) {
    case Title:
        fields->insert(QStringLiteral("title"), value.toString().trimmed());
        return true;
    case Category:
        fields->insert(QStringLiteral("category"), value.toString().trimmed());
        return true;
    case Status:
        fields->insert(QStringLiteral("status"), value.toString());
        return true;
    case Price: {
        qint64 fen = 0;
        if (!Money::parseDecimal(value.toString().trimmed(), &fen) || fen < 0) {
            *error = tr("Enter a price in yuan of at least 0, such as 199.00.");
            return false;
        }
        fields->insert(QStringLiteral("price"), fen);
        return true;
    }
    case Stock: {
        bool ok = false;
        const qint64 stock = value.toString().trimmed().toLongLong(&ok);
        if (!ok || stock < 0) {
            *error = tr("Enter the stock as a whole number of at least 0.");
            return false;
        }
        fields->insert(QStringLiteral("stock"), stock);
        return true;
    }
    default:
        *error = tr("This column cannot be edited.");
        return false;
    }
}

bool ProductTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (value == data(index, Qt::EditRole))
        return false; // nothing changed: no outbox entry
    QJsonObject fields;
    QString error;
    const QString id = recordId(index.row());
    bool ok = fieldsForEdit(index.column(), value, &fields, &error);
    if (ok)
        ok = m_editor ? m_editor(id, fields, &error)
                      : Outbox(database()).queue(Collection::Products, id, fields, &error) > 0;
    if (!ok) {
        Q_EMIT editFailed(error);
        return false;
    }
    reload();
    return true;
}
