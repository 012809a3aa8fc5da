#pragma once

#include "panes/DashboardPane.h"

#include <QJsonObject>

class Database;
struct BulkEdit;
class ProductTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QUndoStack;
class TablePanel;

// 商品: the catalogue with units sold and revenue in the date range, filters (status, category,
// low stock), inline and dialog editing, bulk edit of a selection and undo/redo of edits that are
// not pushed yet. Edits go to the outbox; the "Edit" column shows their state until pushed.
class ProductsPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit ProductsPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Products"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    ProductTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    TablePanel *table() const { return m_table; }

    // Queues an edit of one product as an undoable step; false with *error.
    bool queueEdit(const QString &productId, const QJsonObject &fields, QString *error);
    // Applies a bulk edit to these products as one undoable step; returns how many were queued.
    int applyBulk(const QStringList &productIds, const BulkEdit &edit, QString *error);

Q_SIGNALS:
    void syncRequested();

private:
    QWidget *buildFilters();
    QWidget *buildActions();
    void editSelected();
    void bulkEditSelected();
    void showOutbox();
    void showMessage(const QString &text);
    QStringList selectedIds() const;

    Database &m_db;
    ProductTableModel *m_model;
    TablePanel *m_table;
    QUndoStack *m_undo;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_lowStock = nullptr;
    QSpinBox *m_lowStockLimit = nullptr;
    QLabel *m_message = nullptr;
};
