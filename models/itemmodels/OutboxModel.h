#pragma once

#include "outbox/OutboxEntry.h"

#include <QAbstractTableModel>

class Database;

// The outbox view: every local edit not yet on the site, oldest first, with its state and why
// it is stuck (the site's message and the fields it refused).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Record, Change, State, Reason, Queued };
    explicit OutboxModel(Database &db, QObject *parent = nullptr);

    void reload();
    OutboxEntry entryAt(int row) const { return m_entries.value(row); }

    // "price 199.00 → 188.00, stock 42 → 40": for the view and the CLI.
    static QString describeChange(const OutboxEntry &entry);
    static QString describeReason(const OutboxEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<OutboxEntry> m_entries;
    QList<QString> m_labels; // product title or order number per entry
};
