#include "panes/customers/CustomerListTab.h"

#include "analytics/TrafficSource.h"
#include "core/Clock.h"
#include "customers/RfmSegment.h"
#include "dialogs/RfmThresholdsDialog.h"
#include "itemmodels/CustomerTableModel.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/SessionTableModel.h"
#include "panes/customers/SegmentBar.h"
#include "panes/traffic/PaneExport.h"
#include "store/Database.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CustomerListTab::CustomerListTab(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_customers(new CustomerTableModel(db, this)),
      m_orders(new OrderTableModel(db, this)), m_visits(new SessionTableModel(db, this)),
      m_table(new TablePanel(m_customers, QStringLiteral("customers"), this)),
      m_ordersTable(new TablePanel(m_orders, QStringLiteral("customerOrders"), this)),
      m_visitsTable(new TablePanel(m_visits, QStringLiteral("customerVisits"), this)),
      m_segments(new SegmentBar(this)), m_detail(new QLabel(this)), m_inviterNote(new QLabel(this))
{
    setObjectName(QStringLiteral("customerListTab"));
    m_table->setTitle(tr("Customers"), tr("Select a customer to see their orders and visits"));
    m_table->setSearchHint(tr("Search customers by name, id or inviter…"));
    m_table->setEmptyText(tr("No customers match — sync your shop, or clear the filters."));
    m_table->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersTable->setTitle(tr("Orders of the customer"));
    m_ordersTable->setSearchVisible(false);
    m_ordersTable->setEmptyText(tr("Select a customer to see their orders."));
    m_visitsTable->setTitle(tr("Visits of the customer"));
    m_visitsTable->setSearchVisible(false);
    m_visitsTable->setEmptyText(tr("Select a customer to see their visits."));
    m_detail->setObjectName(QStringLiteral("customerDetail"));
    m_detail->setAccessibleName(tr("Customer details"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_orders->setCustomerFilter(QStringLiteral("-")); // nobody until one is selected
    m_visits->setCustomerFilter(QStringLiteral("-"));

    auto *history = new QTabWidget(this);
    history->setObjectName(QStringLiteral("customerHistoryTabs"));
    history->addTab(m_ordersTable, tr("Orders"));
    history->addTab(m_visitsTable, tr("Visits"));
    auto *lower = new QWidget(this);
    auto *lowerRow = new QHBoxLayout(lower);
    lowerRow->setContentsMargins(0, 0, 0, 0);
    lowerRow->addWidget(history, 3);
    lowerRow->addWidget(m_detail, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("customersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    QWidget *filters = buildFilters();
    chainTabOrder({filters, m_segments, m_table, history});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(m_segments);
    layout->addWidget(splitter, 1);

    connect(m_segments, &SegmentBar::segmentSelected, m_customers,
            &CustomerTableModel::setSegmentFilter);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerListTab::showCustomer);
    connect(m_customers, &QAbstractItemModel::modelReset, this, [this] { showCustomer({}); });
}

QWidget *CustomerListTab::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("customerChannelFilter"));
    m_channel->setAccessibleName(tr("Acquisition channel"));
    m_channel->setAccessibleDescription(
        tr("Show the customers whose first visit came from one channel only"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &channel : TrafficSource::channels())
        m_channel->addItem(TrafficSource::channelDisplayName(channel), channel);
    m_channel->addItem(tr("First visit not on record"), QStringLiteral("-"));
    m_purchases = new QComboBox(bar);
    m_purchases->setObjectName(QStringLiteral("customerPurchaseFilter"));
    m_purchases->setAccessibleName(tr("Purchases"));
    m_purchases->addItem(tr("Everyone"), int(CustomerTableModel::Purchases::Any));
    m_purchases->addItem(tr("Has bought"), int(CustomerTableModel::Purchases::Bought));
    m_purchases->addItem(tr("Has not bought yet"), int(CustomerTableModel::Purchases::NotBought));
    m_purchases->addItem(tr("Repeat buyers"), int(CustomerTableModel::Purchases::Repeat));
    m_inviterNote->setObjectName(QStringLiteral("customerInviterNote"));
    m_clearInviter = new QPushButton(tr("Show everyone"), bar);
    m_clearInviter->setObjectName(QStringLiteral("customerClearInviter"));
    m_inviterNote->hide();
    m_clearInviter->hide();
    m_invitees = new QPushButton(tr("Their invitees"), bar);
    m_invitees->setObjectName(QStringLiteral("customerInviteesButton"));
    m_invitees->setToolTip(tr("List the customers the selected customer invited"));
    m_invitees->setEnabled(false);
    auto *segments = new QPushButton(tr("Segments…"), bar);
    segments->setObjectName(QStringLiteral("customerSegmentsButton"));
    segments->setToolTip(tr("Where the RFM segments draw their lines"));
    auto *exportButton = new QPushButton(tr("Export…"), bar);
    exportButton->setObjectName(QStringLiteral("customerExportButton"));
    row->addWidget(m_channel);
    row->addWidget(m_purchases);
    row->addWidget(m_inviterNote);
    row->addWidget(m_clearInviter);
    row->addStretch();
    row->addWidget(m_invitees);
    row->addWidget(segments);
    row->addWidget(exportButton);
    connect(m_channel, &QComboBox::currentIndexChanged, this,
            [this] { m_customers->setChannelFilter(m_channel->currentData().toString()); });
    connect(m_purchases, &QComboBox::currentIndexChanged, this, [this] {
        m_customers->setPurchaseFilter(
            CustomerTableModel::Purchases(m_purchases->currentData().toInt()));
    });
    connect(m_clearInviter, &QPushButton::clicked, this, [this] { showInviteesOf({}); });
    connect(m_invitees, &QPushButton::clicked, this,
            [this] { showInviteesOf(currentCustomerId()); });
    connect(segments, &QPushButton::clicked, this, &CustomerListTab::editThresholds);
    connect(exportButton, &QPushButton::clicked, this,
            [this] { PaneExport::exportView(this, m_table->view(), QStringLiteral("customers")); });
    return bar;
}

void CustomerListTab::reload()
{
    m_customers->setThresholds(RfmThresholds::load(m_db));
    m_customers->reload();
    updateSegments();
}

void CustomerListTab::updateSegments()
{
    QList<qint64> counts;
    QString error;
    if (!RfmSegment::counts(m_db, m_customers->thresholds(), Clock::nowMs(), &counts, &error))
        counts.clear();
    m_segments->setCounts(counts, m_customers->thresholds(), m_customers->shop().currency);
}

void CustomerListTab::editThresholds()
{
    RfmThresholdsDialog dialog(m_customers->thresholds(), m_customers->shop().currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RfmThresholds chosen = dialog.thresholds();
    chosen.save(m_db);
    m_customers->setThresholds(chosen);
    updateSegments();
}

void CustomerListTab::showInviteesOf(const QString &customerId)
{
    m_customers->setInviterFilter(customerId);
    const bool filtered = !customerId.isEmpty();
    m_inviterNote->setText(filtered ? tr("Invited by %1").arg(m_detail->property("name").toString())
                                    : QString());
    m_inviterNote->setVisible(filtered);
    m_clearInviter->setVisible(filtered);
}

QString CustomerListTab::currentCustomerId() const
{
    const QModelIndex current = m_table->view()->currentIndex();
    return current.isValid() ? m_customers->recordId(m_table->sourceRow(current)) : QString();
}

void CustomerListTab::showCustomer(const QModelIndex &current)
{
    const int row = current.isValid() ? m_table->sourceRow(current) : -1;
    const QString id = row >= 0 ? m_customers->recordId(row) : QString();
    m_orders->setCustomerFilter(id.isEmpty() ? QStringLiteral("-") : id);
    m_visits->setCustomerFilter(id.isEmpty() ? QStringLiteral("-") : id);
    m_invitees->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    auto text = [&](int column) {
        return m_customers->index(row, column).data().toString().toHtmlEscaped();
    };
    m_detail->setProperty("name", m_customers->index(row, CustomerTableModel::Name).data());
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2")
                 .arg(text(CustomerTableModel::Name), text(CustomerTableModel::Segment));
    lines << tr("Registered %1").arg(text(CustomerTableModel::Registered));
    const QString source = text(CustomerTableModel::Source);
    lines << tr("Came through: %1")
                 .arg(source.isEmpty()
                          ? text(CustomerTableModel::Channel)
                          : tr("%1 (%2)").arg(text(CustomerTableModel::Channel), source));
    if (!text(CustomerTableModel::Inviter).isEmpty())
        lines << tr("Invited by %1").arg(text(CustomerTableModel::Inviter));
    lines << tr("Paid orders: %1 · spent %2 · refunded %3")
                 .arg(text(CustomerTableModel::PaidOrders), text(CustomerTableModel::Spent),
                      text(CustomerTableModel::Refunded));
    lines << tr("Invited %1 · level 2: %2 · level 3: %3")
                 .arg(text(CustomerTableModel::Invitees1), text(CustomerTableModel::Invitees2),
                      text(CustomerTableModel::Invitees3));
    lines << tr("Commission earned %1; commission on their orders %2")
                 .arg(text(CustomerTableModel::CommissionEarned),
                      text(CustomerTableModel::CommissionOnOrders));
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}
