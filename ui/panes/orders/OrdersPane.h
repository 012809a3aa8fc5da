#pragma once

#include "panes/DashboardPane.h"

#include <QJsonObject>

class Database;
class OrderItemsModel;
class OrderTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;
class TablePanel;

// 订单: the orders of the date range with filters (status, channel, customer) and search; the
// selected order's items and detail (buyer, totals, source, commission, status timeline); ship,
// complete and cancel where the contract allows, bulk shipping from a pasted list, and undo of
// edits not pushed yet.
class OrdersPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit OrdersPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Orders"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    OrderTableModel *model() const { return m_orders; }
    OrderItemsModel *itemsModel() const { return m_items; }
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *detail() const { return m_detail; }

    // Queues a status change of one order as an undoable step; false with *error.
    bool queueEdit(const QString &orderId, const QJsonObject &fields, QString *error);
    // Ships every line of a "number, carrier, tracking" list; returns how many were queued.
    int shipList(const QString &text, QStringList *problems);

Q_SIGNALS:
    void syncRequested();

private:
    QWidget *buildFilters();
    QWidget *buildActions();
    void showOrder(const QModelIndex &current);
    void updateActions();
    void changeStatus(const QString &status);
    void shipSelected();
    void bulkShip();
    void showOutbox();
    QString currentOrderId() const;

    Database &m_db;
    OrderTableModel *m_orders;
    OrderItemsModel *m_items;
    TablePanel *m_ordersTable;
    TablePanel *m_itemsTable;
    QUndoStack *m_undo;
    QLabel *m_detail;
    QLabel *m_message;
    QComboBox *m_status = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_customer = nullptr;
    QPushButton *m_ship = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_cancel = nullptr;
};
