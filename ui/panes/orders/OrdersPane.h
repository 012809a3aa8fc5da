#pragma once

#include "panes/DashboardPane.h"

class Database;
class OrderItemsModel;
class OrderTableModel;
class TablePanel;

// 订单: the orders of the date range, and the lines of the selected order below.
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

private:
    void showItemsOf(const QModelIndex &current);

    OrderTableModel *m_orders;
    OrderItemsModel *m_items;
    TablePanel *m_ordersTable;
    TablePanel *m_itemsTable;
};
