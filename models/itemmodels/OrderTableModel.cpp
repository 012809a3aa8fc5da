#include "itemmodels/OrderTableModel.h"

#include "itemmodels/EditStateColumn.h"
#include "store/Database.h"

#include <QSqlQuery>

OrderTableModel::OrderTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
    setBatchSize(300);
}

QList<SqlTableModel::Column> OrderTableModel::columns() const
{
    return {
        {tr("Order number"), QStringLiteral("o.number"), Kind::Text},
        {tr("Created"), QStringLiteral("o.created_at"), Kind::DateTime},
        {tr("Customer"), QStringLiteral("COALESCE(c.nickname, o.customer_id)"), Kind::Text,
         QStringLiteral("customer")},
        {tr("Status"), QStringLiteral("o.status"), Kind::OrderStatus},
        {tr("Items"),
         QStringLiteral(
             "(SELECT COALESCE(SUM(oi.quantity), 0) FROM order_items oi WHERE oi.order_id = o.id)"),
         Kind::Integer, QStringLiteral("items")},
        {tr("Total"), QStringLiteral("o.total"), Kind::Money},
        {tr("Paid"), QStringLiteral("o.paid_at"), Kind::DateTime},
        {tr("Shipping"),
         QStringLiteral("TRIM(COALESCE(o.carrier, '') || ' ' || COALESCE(o.tracking_number, ''))"),
         Kind::Text, QStringLiteral("shipping")},
        EditStateColumn::column(Collection::Orders, QStringLiteral("o.id")),
    };
}

QString OrderTableModel::fromClause() const
{
    return QStringLiteral("orders o LEFT JOIN customers c ON c.id = o.customer_id");
}

QStringList OrderTableModel::searchExpressions() const
{
    return {QStringLiteral("o.number"), QStringLiteral("c.nickname"),
            QStringLiteral("o.customer_id"), QStringLiteral("o.tracking_number")};
}

void OrderTableModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

void OrderTableModel::setCustomerFilter(const QString &customerId)
{
    if (customerId == m_customer)
        return;
    m_customer = customerId;
    reload();
}

void OrderTableModel::setChannelFilter(const QString &channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    reload();
}

bool OrderTableModel::canFilterByChannel() const
{
    if (m_hasChannel < 0) {
        QSqlQuery probe(database().connection());
        m_hasChannel =
            probe.exec(QStringLiteral("SELECT channel FROM sessions WHERE 1 = 0")) ? 1 : 0;
    }
    return m_hasChannel == 1;
}

QStringList OrderTableModel::channels() const
{
    QStringList list;
    if (!canFilterByChannel())
        return list;
    QSqlQuery q(database().connection());
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT channel FROM sessions WHERE channel IS NOT NULL ORDER BY channel"))) {
        while (q.next())
            list << q.value(0).toString();
    }
    return list;
}

QString OrderTableModel::extraCondition() const
{
    QStringList conditions;
    if (!m_status.isEmpty())
        conditions << QStringLiteral("o.status = :status");
    if (!m_customer.isEmpty())
        conditions << QStringLiteral("o.customer_id = :customer");
    if (!m_channel.isEmpty() && canFilterByChannel())
        conditions << QStringLiteral(
            "o.session_id IN (SELECT s.id FROM sessions s WHERE s.channel = :channel)");
    return conditions.join(QStringLiteral(" AND "));
}

void OrderTableModel::bindExtra(QSqlQuery &query) const
{
    if (!m_status.isEmpty())
        query.bindValue(QStringLiteral(":status"), m_status);
    if (!m_customer.isEmpty())
        query.bindValue(QStringLiteral(":customer"), m_customer);
    if (!m_channel.isEmpty() && canFilterByChannel())
        query.bindValue(QStringLiteral(":channel"), m_channel);
}

QString OrderTableModel::displayText(int column, const QVariant &raw) const
{
    if (column == EditState)
        return EditStateColumn::display(raw);
    return SqlTableModel::displayText(column, raw);
}

QVariant OrderTableModel::exportValue(int column, const QVariant &raw) const
{
    if (column == EditState)
        return EditStateColumn::exportValue(raw);
    return SqlTableModel::exportValue(column, raw);
}
