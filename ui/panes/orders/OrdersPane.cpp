#include "panes/orders/OrdersPane.h"

#include "core/Money.h"
#include "dialogs/BulkShipDialog.h"
#include "dialogs/EditActionBar.h"
#include "dialogs/OutboxDialog.h"
#include "dialogs/OutboxEditCommand.h"
#include "dialogs/ShipDialog.h"
#include "itemmodels/OrderDetail.h"
#include "itemmodels/OrderItemsModel.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/StatusNames.h"
#include "outbox/EditRules.h"
#include "outbox/LocalRecords.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QStringList kStatuses = {QStringLiteral("pending"),   QStringLiteral("paid"),
                               QStringLiteral("shipped"),   QStringLiteral("completed"),
                               QStringLiteral("cancelled"), QStringLiteral("refunded")};

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}
} // namespace

OrdersPane::OrdersPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_db(db), m_orders(new OrderTableModel(db, this)),
      m_items(new OrderItemsModel(db, this)),
      m_ordersTable(new TablePanel(m_orders, QStringLiteral("orders"), this)),
      m_itemsTable(new TablePanel(m_items, QStringLiteral("orderItems"), this)),
      m_undo(new QUndoStack(this)), m_detail(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ordersPane"));
    setAccessibleDescription(
        tr("The orders of the date range; shipping and status changes wait in the outbox until "
           "the next sync"));
    m_ordersTable->setTitle(tr("Orders"), tr("Select an order to see its items and details"));
    m_itemsTable->setTitle(tr("Items of the order"));
    m_ordersTable->setSearchHint(tr("Search orders by number, customer or tracking number…"));
    m_ordersTable->setEmptyText(
        tr("No orders in this date range — sync your shop or pick another range."));
    m_ordersTable->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsTable->setSearchVisible(false);
    m_itemsTable->setEmptyText(tr("Select an order to see its items."));
    m_detail->setObjectName(QStringLiteral("orderDetail"));
    m_detail->setAccessibleName(tr("Order details"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lower = new QWidget(this);
    auto *lowerRow = new QHBoxLayout(lower);
    lowerRow->setContentsMargins(0, 0, 0, 0);
    lowerRow->addWidget(m_itemsTable, 3);
    lowerRow->addWidget(m_detail, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(m_ordersTable);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    QWidget *filters = buildFilters();
    QWidget *actions = buildActions();
    // The tables were made first; the keyboard follows the page: filters, buttons, tables.
    chainTabOrder({filters, actions, m_ordersTable, m_itemsTable});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(actions);
    layout->addWidget(splitter);
    layout->addWidget(m_message);
    connect(m_ordersTable->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPane::showOrder);
    connect(m_orders, &QAbstractItemModel::modelReset, this, [this] {
        m_items->setOrderId({});
        m_detail->clear();
        updateActions();
    });
    updateActions();
}

QWidget *OrdersPane::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("orderStatusFilter"));
    m_status->setAccessibleName(tr("Order status"));
    m_status->setAccessibleDescription(tr("Show the orders of one status only"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : kStatuses)
        m_status->addItem(StatusNames::orderStatus(s), s);
    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("orderChannelFilter"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setAccessibleDescription(tr("Show the orders from one channel only"));
    m_customer = new QLineEdit(bar);
    m_customer->setObjectName(QStringLiteral("orderCustomerFilter"));
    m_customer->setPlaceholderText(tr("Customer id"));
    m_customer->setAccessibleName(tr("Customer id"));
    m_customer->setAccessibleDescription(tr("Show one customer's orders; Enter applies"));
    row->addWidget(m_status);
    row->addWidget(m_channel);
    row->addWidget(m_customer);
    row->addStretch();
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_orders->setStatusFilter(m_status->currentData().toString()); });
    connect(m_channel, &QComboBox::currentIndexChanged, this,
            [this] { m_orders->setChannelFilter(m_channel->currentData().toString()); });
    connect(m_customer, &QLineEdit::editingFinished, this,
            [this] { m_orders->setCustomerFilter(m_customer->text().trimmed()); });
    return bar;
}

QWidget *OrdersPane::buildActions()
{
    auto *bar = new EditActionBar(this);
    m_ship = bar->addButton(tr("Ship…"), QStringLiteral("orderShipButton"));
    m_complete = bar->addButton(tr("Complete"), QStringLiteral("orderCompleteButton"));
    m_cancel = bar->addButton(tr("Cancel order"), QStringLiteral("orderCancelButton"));
    connect(m_ship, &QPushButton::clicked, this, &OrdersPane::shipSelected);
    connect(m_complete, &QPushButton::clicked, this,
            [this] { changeStatus(QStringLiteral("completed")); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { changeStatus(QStringLiteral("cancelled")); });
    connect(bar->addButton(tr("Ship from list…"), QStringLiteral("orderBulkShipButton")),
            &QPushButton::clicked, this, &OrdersPane::bulkShip);
    connect(bar->addButton(tr("Export…"), QStringLiteral("orderExportButton")),
            &QPushButton::clicked, this, [this] {
                PaneExport::exportView(this, m_ordersTable->view(), QStringLiteral("orders"));
            });
    bar->addUndoAndOutbox(m_undo, QStringLiteral("order"));
    connect(bar, &EditActionBar::outboxRequested, this, &OrdersPane::showOutbox);
    return bar;
}

QString OrdersPane::currentOrderId() const
{
    const QModelIndex current = m_ordersTable->view()->currentIndex();
    return current.isValid() ? m_orders->recordId(m_ordersTable->sourceRow(current)) : QString();
}

void OrdersPane::showOrder(const QModelIndex &current)
{
    const QString id =
        current.isValid() ? m_orders->recordId(m_ordersTable->sourceRow(current)) : QString();
    m_items->setOrderId(id);
    updateActions();
    OrderDetail d;
    if (id.isEmpty() || !OrderDetail::load(m_db, id, &d)) {
        m_detail->clear();
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b> · %2").arg(d.number.toHtmlEscaped(), StatusNames::orderStatus(d.status));
    lines << tr("Customer: %1").arg(d.customer.toHtmlEscaped());
    lines << tr("Total: %1 for %n item(s)", nullptr, int(d.itemCount)).arg(Money::display(d.total));
    if (!d.trackingNumber.isEmpty())
        lines << tr("Shipped with %1, tracking %2")
                     .arg(d.carrier.toHtmlEscaped(), d.trackingNumber.toHtmlEscaped());
    lines << tr("Source: %1")
                 .arg(d.channel.isEmpty()
                          ? (d.landingUrl.isEmpty() ? tr("unknown") : d.landingUrl.toHtmlEscaped())
                          : d.channel.toHtmlEscaped());
    lines << tr("Commission booked: %1 (%n booking(s))", nullptr, int(d.commissionCount))
                 .arg(Money::display(d.commissionBooked));
    lines << tr("Created %1").arg(timeText(d.createdAt));
    if (d.paidAt > 0)
        lines << tr("Paid %1").arg(timeText(d.paidAt));
    for (const OrderDetail::StatusChange &c : std::as_const(d.timeline)) {
        const QString who = c.source == QLatin1String("site")    ? tr("seen in a sync")
                            : c.source == QLatin1String("local") ? tr("your edit")
                                                                 : tr("edit taken back");
        lines << tr("%1 → %2 (%3)").arg(timeText(c.at), StatusNames::orderStatus(c.status), who);
    }
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

void OrdersPane::updateActions()
{
    QJsonObject current;
    qint64 version = 0;
    QString error;
    const QString id = currentOrderId();
    const QStringList allowed =
        !id.isEmpty() && LocalRecords(m_db).read(Collection::Orders, id, &current, &version, &error)
            ? EditRules::allowedOrderTargets(current.value(QLatin1String("status")).toString())
            : QStringList();
    m_ship->setEnabled(allowed.contains(QLatin1String("shipped")));
    m_complete->setEnabled(allowed.contains(QLatin1String("completed")));
    m_cancel->setEnabled(allowed.contains(QLatin1String("cancelled")));
}

bool OrdersPane::queueEdit(const QString &orderId, const QJsonObject &fields, QString *error)
{
    auto *command = new OutboxEditCommand(
        m_db, Collection::Orders, orderId, fields,
        tr("Order %1: %2").arg(orderId, fields.value(QLatin1String("status")).toString()),
        [this] { m_orders->reload(); });
    if (!command->queue(error)) {
        delete command;
        return false;
    }
    m_undo->push(command);
    return true;
}

void OrdersPane::changeStatus(const QString &status)
{
    QString error;
    if (!queueEdit(currentOrderId(), EditRules::statusFields(status), &error))
        m_message->setText(error);
    m_orders->reload();
}

void OrdersPane::shipSelected()
{
    const QString id = currentOrderId();
    if (id.isEmpty())
        return;
    ShipDialog dialog(
        m_orders->index(m_ordersTable->sourceRow(m_ordersTable->view()->currentIndex()), 0)
            .data()
            .toString(),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!queueEdit(id, EditRules::shipFields(dialog.carrier(), dialog.trackingNumber()), &error))
        m_message->setText(error);
    m_orders->reload();
}

int OrdersPane::shipList(const QString &text, QStringList *problems)
{
    const BulkShipList list = BulkShipList::parse(text);
    *problems = list.problems;
    LocalRecords records(m_db);
    int queued = 0;
    m_undo->beginMacro(tr("Ship %n order(s)", nullptr, int(list.lines.size())));
    for (const BulkShipLine &line : list.lines) {
        const QString id = records.orderIdForNumber(line.orderNumber);
        QString error;
        if (id.isEmpty())
            error = tr("no such order");
        else if (queueEdit(id, EditRules::shipFields(line.carrier, line.trackingNumber), &error))
            ++queued;
        if (!error.isEmpty())
            *problems << tr("line %1 (%2): %3").arg(line.lineNumber).arg(line.orderNumber, error);
    }
    m_undo->endMacro();
    m_orders->reload();
    return queued;
}

void OrdersPane::bulkShip()
{
    BulkShipDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList problems;
    const int queued = shipList(dialog.text(), &problems);
    m_message->setText(
        tr("%n order(s) marked shipped; sync to send.", nullptr, queued) +
        (problems.isEmpty() ? QString() : QLatin1Char(' ') + problems.join(QStringLiteral("; "))));
}

void OrdersPane::showOutbox()
{
    OutboxDialog dialog(m_db, this);
    connect(&dialog, &OutboxDialog::syncRequested, this, &OrdersPane::syncRequested);
    dialog.exec();
    m_orders->reload();
}

void OrdersPane::setDateRange(const DateRange &range)
{
    m_orders->setDateRange(range);
}

void OrdersPane::reload()
{
    m_undo->clear();
    const QString channel = m_channel->currentData().toString();
    m_channel->blockSignals(true);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : m_orders->channels())
        m_channel->addItem(c, c);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    m_channel->setVisible(m_orders->canFilterByChannel());
    m_channel->blockSignals(false);
    m_orders->reload();
}
