#include "itemmodels/CommissionTableModel.h"

#include <QSqlQuery>

CommissionTableModel::CommissionTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
    setBatchSize(300);
}

void CommissionTableModel::setBeneficiary(const QString &customerId)
{
    if (customerId == m_beneficiary)
        return;
    m_beneficiary = customerId;
    reload();
}

QList<SqlTableModel::Column> CommissionTableModel::columns() const
{
    return {
        {tr("Booked"), QStringLiteral("m.created_at"), Kind::DateTime},
        {tr("Beneficiary"), QStringLiteral("COALESCE(c.nickname, m.beneficiary_id)"), Kind::Text},
        {tr("Level"), QStringLiteral("m.level"), Kind::Integer},
        {tr("Order"), QStringLiteral("COALESCE(o.number, m.order_id)"), Kind::Text},
        {tr("Amount"), QStringLiteral("m.amount"), Kind::Money},
        {tr("Status"), QStringLiteral("m.status"), Kind::CommissionStatus},
    };
}

QString CommissionTableModel::fromClause() const
{
    return QStringLiteral("commissions m LEFT JOIN customers c ON c.id = m.beneficiary_id "
                          "LEFT JOIN orders o ON o.id = m.order_id");
}

QStringList CommissionTableModel::searchExpressions() const
{
    return {QStringLiteral("c.nickname"), QStringLiteral("m.beneficiary_id"), QStringLiteral("o.number")};
}

QString CommissionTableModel::extraCondition() const
{
    return m_beneficiary.isEmpty() ? QString() : QStringLiteral("m.beneficiary_id = :beneficiary");
}

void CommissionTableModel::bindExtra(QSqlQuery &query) const
{
    if (!m_beneficiary.isEmpty())
        query.bindValue(QStringLiteral(":beneficiary"), m_beneficiary);
}
