#pragma once

#include <QToolButton>

class Database;

// The status bar's pending-edits badge: "2 edits waiting", "1 needs a decision" when a conflict or
// rejection waits for the user. Hidden when the outbox is empty; refresh() after edits and syncs.
class OutboxBadge : public QToolButton
{
    Q_OBJECT
public:
    explicit OutboxBadge(Database &db, QWidget *parent = nullptr);
    void refresh();

private:
    Database &m_db;
};
