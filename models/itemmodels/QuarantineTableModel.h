#pragma once

#include "itemmodels/SqlTableModel.h"

// Records the sync kept out of the tables because they were malformed: collection, record id,
// the reason and the raw JSON as the site sent it. Not restricted to the date range.
class QuarantineTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Collection, RecordId, Reason, RawJson };
    explicit QuarantineTableModel(Database &db, QObject *parent = nullptr);

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override { return QStringLiteral("quarantine q"); }
    QString idExpression() const override { return QStringLiteral("q.id"); }
    QStringList searchExpressions() const override;
    int defaultSortColumn() const override { return Received; }
};
