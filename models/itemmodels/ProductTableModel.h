#pragma once

#include "itemmodels/SqlTableModel.h"

// The catalogue with what each product sold in the date range (units and revenue of orders that
// were paid, shipped or completed).
class ProductTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Sku, Category, Price, Stock, Status, UnitsSold, Revenue };
    explicit ProductTableModel(Database &db, QObject *parent = nullptr);

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("p.id"); }
    QStringList searchExpressions() const override;
    int defaultSortColumn() const override { return Revenue; }
};
