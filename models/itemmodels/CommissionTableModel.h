#pragma once

#include "itemmodels/SqlTableModel.h"

// The commission ledger: what the site booked in the date range (by booking time), optionally
// narrowed to one beneficiary, status and level. The same filters drive CommissionTotalsModel.
class CommissionTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column {
        Created,
        Beneficiary,
        Level,
        Order,
        Amount,
        Status,
        BeneficiaryId,
        OrderId,
        CommissionId
    };
    explicit CommissionTableModel(Database &db, QObject *parent = nullptr);

    void setBeneficiary(const QString &customerId); // empty: everyone
    QString beneficiary() const { return m_beneficiary; }
    void setStatus(const QString &status); // pending|confirmed|paid|reversed; empty: any
    QString status() const { return m_status; }
    void setLevel(int level); // 0: any
    int level() const { return m_level; }

    // The WHERE condition of the filters above over alias `m` (commissions), without the range,
    // and its bindings: shared with the totals so both always agree.
    static QString filterCondition(const QString &beneficiary, const QString &status, int level);
    static void bindFilter(QSqlQuery &query, const QString &beneficiary, const QString &status,
                           int level);

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
    QString m_status;
    int m_level = 0;
};
