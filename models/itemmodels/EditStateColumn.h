#pragma once

#include "itemmodels/SqlTableModel.h"
#include "sync/Collection.h"

// The "Edit" column of the products and orders tables: the most pressing state of the row's
// unpushed local edits (pending, failed, rejected, conflict), empty when there are none.
namespace EditStateColumn {
SqlTableModel::Column column(Collection kind, const QString &idExpression);
QString display(const QVariant &raw);      // translated badge text
QVariant exportValue(const QVariant &raw); // "pending", "conflict", … or empty
} // namespace EditStateColumn
