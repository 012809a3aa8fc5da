#pragma once

#include "itemmodels/SqlTableModel.h"

#include <QJsonObject>
#include <functional>

// The catalogue with what each product sold in the date range (units and revenue of orders that
// were paid, shipped or completed), filters for status, category and low stock, and the state of
// unpushed local edits. Title, category, price (in yuan), stock and status are editable: an edit
// goes to the outbox (through the editor hook, so a pane can put it on its undo stack).
class ProductTableModel : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Sku, Category, Price, Stock, Status, UnitsSold, Revenue, EditState };
    explicit ProductTableModel(Database &db, QObject *parent = nullptr);

    void setStatusFilter(const QString &status);     // "" for all
    void setCategoryFilter(const QString &category); // "" for all
    void setLowStockThreshold(qint64 threshold);     // stock <= threshold; -1: off
    QStringList categories() const;

    // Receives validated edits (product id, fields in contract form); returns false with *error.
    using Editor =
        std::function<bool(const QString &id, const QJsonObject &fields, QString *error)>;
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    // Turns a cell's edited text into contract fields ("199.00" → {"price": 19900}).
    static bool fieldsForEdit(int column, const QVariant &value, QJsonObject *fields,
                              QString *error);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editFailed(const QString &message);

protected:
    QList<SqlTableModel::Column> columns() const override;
    QString fromClause() const override;
    QString idExpression() const override { return QStringLiteral("p.id"); }
    QStringList searchExpressions() const override;
    QString extraCondition() const override;
    void bindExtra(QSqlQuery &query) const override;
    int defaultSortColumn() const override { return Revenue; }
    QString displayText(int column, const QVariant &raw) const override;
    QVariant exportValue(int column, const QVariant &raw) const override;

private:
    QString m_status, m_category;
    qint64 m_lowStock = -1;
    Editor m_editor;
};
