#pragma once

#include "itemmodels/SqlTableModel.h"

// Orders created in the date range, newest first, with the buyer's nickname and item count.
class OrderTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Created, Customer, Status, Items, Total, Paid, Shipping };
    explicit OrderTableModel(Database &db, QObject *parent = nullptr);

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("o.id"); }
    QString timeExpression() const override { return QStringLiteral("o.created_at"); }
    QStringList searchExpressions() const override;
    int defaultSortColumn() const override { return Created; }
};
