#pragma once

#include "outbox/OutboxEntry.h"

#include <QDialog>

class Database;
class QTableWidget;

// An edit the site answered 412 for: my values and the site's side by side, per field a choice,
// and Keep mine / Take theirs / Merge (the ticked fields stay mine).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Database &db, const OutboxEntry &entry, QWidget *parent = nullptr);
    QString error() const { return m_error; }

private:
    void resolve(int choice);

    Database &m_db;
    OutboxEntry m_entry;
    QTableWidget *m_table;
    QString m_error;
};
