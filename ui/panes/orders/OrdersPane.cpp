#include "panes/orders/OrdersPane.h"

#include "itemmodels/OrderItemsModel.h"
#include "itemmodels/OrderTableModel.h"
#include "widgets/TablePanel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

OrdersPane::OrdersPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_orders(new OrderTableModel(db, this)), m_items(new OrderItemsModel(db, this)),
      m_ordersTable(new TablePanel(m_orders, QStringLiteral("orders"), this)),
      m_itemsTable(new TablePanel(m_items, QStringLiteral("orderItems"), this))
{
    setObjectName(QStringLiteral("ordersPane"));
    m_ordersTable->searchBox()->setPlaceholderText(tr("Search orders by number, customer or tracking number…"));
    m_ordersTable->setEmptyText(tr("No orders in this date range — sync your shop or pick another range."));
    m_itemsTable->setSearchVisible(false);
    m_itemsTable->setEmptyText(tr("Select an order to see its items."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(m_ordersTable);
    splitter->addWidget(m_itemsTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_ordersTable->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPane::showItemsOf);
    connect(m_orders, &QAbstractItemModel::modelReset, m_items, [this] { m_items->setOrderId({}); });
}

void OrdersPane::showItemsOf(const QModelIndex &current)
{
    m_items->setOrderId(m_orders->recordId(m_ordersTable->sourceRow(current)));
}

void OrdersPane::setDateRange(const DateRange &range)
{
    m_orders->setDateRange(range);
}

void OrdersPane::reload()
{
    m_orders->reload();
}
