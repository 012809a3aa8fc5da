#pragma once

#include "itemmodels/DateRange.h"

#include <QWidget>

class Database;
class QLabel;
class ReferralEconomyChart;
class ReferralEconomyModel;
class TablePanel;

// The referral economy of the customers who registered in the date range: per acquisition
// channel and source, what they and the people they brought in bought, and what commissions took.
class ReferralEconomyTab : public QWidget
{
    Q_OBJECT
public:
    explicit ReferralEconomyTab(Database &db, QWidget *parent = nullptr);

    void setDateRange(const DateRange &range);
    void reload();
    ReferralEconomyModel *model() const { return m_model; }
    ReferralEconomyChart *chart() const { return m_chart; }
    TablePanel *table() const { return m_table; }

private:
    ReferralEconomyModel *m_model;
    ReferralEconomyChart *m_chart;
    TablePanel *m_table;
    QLabel *m_help;
};
