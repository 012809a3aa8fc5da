#include "export/TableSnapshot.h"

#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace {

QList<int> allColumns(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns)
{
    if (!columns.isEmpty())
        return columns;
    QList<int> all;
    for (int c = 0; c < model->columnCount(parent); ++c)
        all << c;
    return all;
}

QString keyFor(const QAbstractItemModel *model, int column)
{
    const QString key = model->headerData(column, Qt::Horizontal, ItemRoles::ColumnKeyRole).toString();
    if (!key.isEmpty())
        return key;
    // No key from the model: derive one from the header, keeping letters and digits.
    QString derived;
    for (QChar c : model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toLower()) {
        if (c.isLetterOrNumber())
            derived += c;
        else if (!derived.isEmpty() && !derived.endsWith(QLatin1Char('_')))
            derived += QLatin1Char('_');
    }
    while (derived.endsWith(QLatin1Char('_')))
        derived.chop(1);
    return derived.isEmpty() ? QStringLiteral("column_%1").arg(column) : derived;
}

QVariant cellValue(const QModelIndex &index)
{
    const QVariant v = index.data(ItemRoles::ExportRole);
    return v.isValid() ? v : index.data(Qt::DisplayRole);
}

void setHeaders(TableSnapshot *s, const QAbstractItemModel *model, const QList<int> &columns)
{
    for (int c : columns) {
        s->keys << keyFor(model, c);
        s->headers << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
}

void fetchAll(QAbstractItemModel *model, const QModelIndex &parent)
{
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
}

void walk(QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns, int pathColumn, int level,
          const QString &path, TableSnapshot *s)
{
    fetchAll(model, parent);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        QVariantList row;
        for (int c : columns)
            row << cellValue(model->index(r, c, parent));
        const QString name = model->index(r, pathColumn, parent).data(Qt::DisplayRole).toString();
        const QString myPath = path.isEmpty() ? name : path + QStringLiteral(" > ") + name;
        row << level << myPath;
        s->rows << row;
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child))
            walk(model, child, columns, pathColumn, level + 1, myPath, s);
    }
}

} // namespace

TableSnapshot TableSnapshot::fromModel(QAbstractItemModel *model, const QList<int> &columns)
{
    TableSnapshot s;
    fetchAll(model, {});
    const QList<int> cols = allColumns(model, {}, columns);
    setHeaders(&s, model, cols);
    const int rows = model->rowCount();
    s.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        row.reserve(cols.size());
        for (int c : cols)
            row << cellValue(model->index(r, c));
        s.rows << row;
    }
    return s;
}

TableSnapshot TableSnapshot::fromTree(QAbstractItemModel *model, const QList<int> &columns, int pathColumn)
{
    TableSnapshot s;
    const QList<int> cols = allColumns(model, {}, columns);
    setHeaders(&s, model, cols);
    s.addColumn(QStringLiteral("level"), QCoreApplication::translate("TableSnapshot", "Level"));
    s.addColumn(QStringLiteral("path"), QCoreApplication::translate("TableSnapshot", "Path"));
    walk(model, {}, cols, pathColumn, 1, QString(), &s);
    return s;
}
