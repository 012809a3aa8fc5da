#pragma once

#include <QWidget>

class Database;
class QSpinBox;
class ReferralAnomalyTableModel;
class TablePanel;

// Referral anomalies with the members involved; the burst threshold is a setting. Activating a
// row asks the pane to reveal its first member in the tree.
class AnomaliesTab : public QWidget
{
    Q_OBJECT
public:
    AnomaliesTab(Database &db, QWidget *parent = nullptr);

    void reload();
    ReferralAnomalyTableModel *model() const { return m_model; }

Q_SIGNALS:
    void memberActivated(const QString &customerId);

private:
    Database &m_db;
    ReferralAnomalyTableModel *m_model;
    QSpinBox *m_threshold;
    TablePanel *m_table;
};
