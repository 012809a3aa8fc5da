#pragma once

#include <QList>
#include <QPointer>
#include <QThread>
#include <QWidget>

class AuditFindingTableModel;
class Database;
class QLabel;
class QPushButton;
class TablePanel;

// The commission audit: every difference between the site's bookings and the referral rules.
// Runs when first shown after a sync, or on demand, on a worker thread with its own store
// connection: it reads every order (about a second at 100k orders).
class AuditTab : public QWidget
{
    Q_OBJECT
public:
    AuditTab(Database &db, QWidget *parent = nullptr);
    ~AuditTab() override;

    void invalidate(); // the store changed: run again when next shown
    void runAudit();
    bool isRunning() const { return m_running > 0; }
    AuditFindingTableModel *model() const { return m_model; }
    QString summary() const;

Q_SIGNALS:
    void auditFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    AuditFindingTableModel *m_model;
    TablePanel *m_table;
    QLabel *m_summary;
    QPushButton *m_runButton;
    bool m_stale = true;
    int m_generation = 0; // a newer run supersedes an older one still on its thread
    int m_running = 0;
    QList<QPointer<QThread>> m_workers; // waited for on destruction: they read through m_db
};
