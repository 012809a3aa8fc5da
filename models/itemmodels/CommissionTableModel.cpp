#include "itemmodels/CommissionTableModel.h"

#include <QSqlQuery>

CommissionTableModel::CommissionTableModel(Database &db, QObject *parent)
    : SqlTableModel(db, parent)
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

void CommissionTableModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

void CommissionTableModel::setLevel(int level)
{
    if (level == m_level)
        return;
    m_level = level;
    reload();
}

QList<SqlTableModel::Column> CommissionTableModel::columns() const
{
    return {
        {tr("Booked"), QStringLiteral("m.created_at"), Kind::DateTime, QStringLiteral("booked_at")},
        {tr("Beneficiary"), QStringLiteral("COALESCE(c.nickname, m.beneficiary_id)"), Kind::Text,
         QStringLiteral("beneficiary")},
        {tr("Level"), QStringLiteral("m.level"), Kind::Integer, QStringLiteral("level")},
        {tr("Order"), QStringLiteral("COALESCE(o.number, m.order_id)"), Kind::Text,
         QStringLiteral("order_number")},
        {tr("Amount"), QStringLiteral("m.amount"), Kind::Money, QStringLiteral("amount")},
        {tr("Status"), QStringLiteral("m.status"), Kind::CommissionStatus,
         QStringLiteral("status")},
        {tr("Beneficiary id"), QStringLiteral("m.beneficiary_id"), Kind::Text,
         QStringLiteral("beneficiary_id")},
        {tr("Order id"), QStringLiteral("m.order_id"), Kind::Text, QStringLiteral("order_id")},
        {tr("Commission id"), QStringLiteral("m.id"), Kind::Text, QStringLiteral("commission_id")},
    };
}

QString CommissionTableModel::fromClause() const
{
    return QStringLiteral("commissions m LEFT JOIN customers c ON c.id = m.beneficiary_id "
                          "LEFT JOIN orders o ON o.id = m.order_id");
}

QStringList CommissionTableModel::searchExpressions() const
{
    return {QStringLiteral("c.nickname"), QStringLiteral("m.beneficiary_id"),
            QStringLiteral("o.number"), QStringLiteral("m.order_id")};
}

QString CommissionTableModel::filterCondition(const QString &beneficiary, const QString &status,
                                              int level)
{
    QStringList parts;
    if (!beneficiary.isEmpty())
        parts << QStringLiteral("m.beneficiary_id = :beneficiary");
    if (!status.isEmpty())
        parts << QStringLiteral("m.status = :status");
    if (level > 0)
        parts << QStringLiteral("m.level = :level");
    return parts.join(QStringLiteral(" AND "));
}

void CommissionTableModel::bindFilter(QSqlQuery &query, const QString &beneficiary,
                                      const QString &status, int level)
{
    if (!beneficiary.isEmpty())
        query.bindValue(QStringLiteral(":beneficiary"), beneficiary);
    if (!status.isEmpty())
        query.bindValue(QStringLiteral(":status"), status);
    if (level > 0)
        query.bindValue(QStringLiteral(":level"), level);
}

QString CommissionTableModel::extraCondition() const
{
    return filterCondition(m_beneficiary, m_status, m_level);
}

void CommissionTableModel::bindExtra(QSqlQuery &query) const
{
    bindFilter(query, m_beneficiary, m_status, m_level);
}
