#pragma once

#include "itemmodels/SqlTableModel.h"

// Visits started in the date range with their landing page and referrer, as the site sent them.
// (Channel and source columns come with the traffic classifier.)
class SessionTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Visitor, Customer, Landing, Referrer, Events, UserAgent };
    explicit SessionTableModel(Database &db, QObject *parent = nullptr);

    // The visits of one customer's visitors (logged in, or the visit they registered in, and
    // every other visit of the same visitors); "" for all.
    void setCustomerFilter(const QString &customerId);

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("s.id"); }
    QString timeExpression() const override { return QStringLiteral("s.started_at"); }
    QStringList searchExpressions() const override;
    int defaultSortColumn() const override { return Started; }
    QString extraCondition() const override;
    void bindExtra(QSqlQuery &query) const override;

private:
    QString m_customer;
};
