#pragma once

#include "itemmodels/DateRange.h"

#include <QWidget>

class CommissionTableModel;
class CommissionTotalsModel;
class Database;
class DashboardChartView;
class QComboBox;
class QLineEdit;
class TablePanel;

// The commission ledger: status, level and beneficiary filters over the date range, totals per
// status (table and pie), the bookings themselves, and CSV export. With a beneficiary set it is
// that member's statement.
class CommissionLedgerTab : public QWidget
{
    Q_OBJECT
public:
    CommissionLedgerTab(Database &db, QWidget *parent = nullptr);

    void setDateRange(const DateRange &range);
    void reload();
    void showStatement(const QString &customerId);
    CommissionTableModel *ledger() const { return m_ledger; }
    CommissionTotalsModel *totals() const { return m_totals; }

private:
    void applyFilters();
    void updateChart();

    CommissionTableModel *m_ledger;
    CommissionTotalsModel *m_totals;
    DateRange m_range;
    QComboBox *m_status;
    QComboBox *m_level;
    QLineEdit *m_beneficiary;
    TablePanel *m_table;
    TablePanel *m_totalsTable;
    DashboardChartView *m_chart;
};
