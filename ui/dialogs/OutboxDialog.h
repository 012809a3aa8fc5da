#pragma once

#include <QDialog>

class Database;
class OutboxModel;
class QLabel;
class QTableView;

// The outbox view: every edit not on the site yet, its state and why; resolve a conflict, discard
// an edit, or ask for a sync (which pushes first).
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxDialog(Database &db, QWidget *parent = nullptr);
    OutboxModel *model() const { return m_model; }

Q_SIGNALS:
    void syncRequested();
    void outboxChanged();

private:
    void resolveSelected();
    void discardSelected();

    Database &m_db;
    OutboxModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};
