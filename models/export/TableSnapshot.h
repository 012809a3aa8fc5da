#pragma once

#include <QList>
#include <QModelIndex>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

// The rows and columns a view shows, captured once so every writer exports exactly that.
struct TableSnapshot
{
    QStringList keys;    // stable column keys (ItemRoles::ColumnKeyRole, else derived from the header)
    QStringList headers; // display headers, translated
    QList<QVariantList> rows; // typed values (ExportRole, else DisplayRole)

    // `columns`: the visible columns in view order (empty: all). Pass the proxy the view uses, so
    // sorting and filtering are the view's. Lazy models are fetched to the end first.
    static TableSnapshot fromModel(QAbstractItemModel *model, const QList<int> &columns = {});
    // A tree, flattened depth-first; adds "level" and "path" columns (path joined with " > " of
    // column `pathColumn`'s values from the root).
    static TableSnapshot fromTree(QAbstractItemModel *model, const QList<int> &columns = {}, int pathColumn = 0);

    void addColumn(const QString &key, const QString &header) { keys << key; headers << header; }
};
