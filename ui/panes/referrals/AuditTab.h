#pragma once

#include <QWidget>

class AuditFindingTableModel;
class Database;
class QLabel;
class TablePanel;

// The commission audit: every difference between the site's bookings and the referral rules.
// Runs when first shown after a sync (it reads every order), or on demand.
class AuditTab : public QWidget
{
    Q_OBJECT
public:
    AuditTab(Database &db, QWidget *parent = nullptr);

    void invalidate(); // the store changed: run again when next shown
    void runAudit();
    AuditFindingTableModel *model() const { return m_model; }
    QString summary() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    AuditFindingTableModel *m_model;
    TablePanel *m_table;
    QLabel *m_summary;
    bool m_stale = true;
};
