#pragma once

#include <QWidget>

class CustomerTableModel;
class Database;
class OrderTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class SegmentBar;
class SessionTableModel;
class TablePanel;

// The customer list: filters (channel, purchases, inviter), the RFM segments with their counts,
// the table, and the selected customer's orders and visits below it.
class CustomerListTab : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerListTab(Database &db, QWidget *parent = nullptr);

    void reload();
    CustomerTableModel *model() const { return m_customers; }
    TablePanel *table() const { return m_table; }
    SegmentBar *segments() const { return m_segments; }
    OrderTableModel *ordersModel() const { return m_orders; }
    SessionTableModel *visitsModel() const { return m_visits; }
    QLabel *detail() const { return m_detail; }
    // Lists the customers this customer invited.
    void showInviteesOf(const QString &customerId);

private:
    QWidget *buildFilters();
    void showCustomer(const QModelIndex &current);
    void updateSegments();
    void editThresholds();
    QString currentCustomerId() const;

    Database &m_db;
    CustomerTableModel *m_customers;
    OrderTableModel *m_orders;
    SessionTableModel *m_visits;
    TablePanel *m_table;
    TablePanel *m_ordersTable;
    TablePanel *m_visitsTable;
    SegmentBar *m_segments;
    QLabel *m_detail;
    QLabel *m_inviterNote;
    QComboBox *m_channel = nullptr;
    QComboBox *m_purchases = nullptr;
    QPushButton *m_clearInviter = nullptr;
    QPushButton *m_invitees = nullptr;
};
