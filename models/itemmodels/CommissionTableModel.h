#pragma once

#include "itemmodels/SqlTableModel.h"

// Commissions the site booked in the date range; optionally only those of one beneficiary.
class CommissionTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Beneficiary, Level, Order, Amount, Status };
    explicit CommissionTableModel(Database &db, QObject *parent = nullptr);

    void setBeneficiary(const QString &customerId); // empty: everyone
    QString beneficiary() const { return m_beneficiary; }

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("m.id"); }
    QString timeExpression() const override { return QStringLiteral("m.created_at"); }
    QStringList searchExpressions() const override;
    QString extraCondition() const override;
    void bindExtra(QSqlQuery &query) const override;
    int defaultSortColumn() const override { return Created; }

private:
    QString m_beneficiary;
};
