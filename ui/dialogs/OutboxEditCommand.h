#pragma once

#include "sync/Collection.h"

#include <QJsonObject>
#include <QUndoCommand>
#include <functional>

class Database;

// A local edit on a pane's undo stack. The first redo happened when it was queued; undo takes the
// outbox entry back (and the local row with it) as long as it has not been sent; redo queues it
// again with a fresh idempotency key.
class OutboxEditCommand : public QUndoCommand
{
public:
    OutboxEditCommand(Database &db, Collection kind, QString recordId, QJsonObject fields,
                      const QString &text, std::function<void()> changed);

    // Queues the edit; call once before pushing the command on a stack.
    bool queue(QString *error);
    void undo() override;
    void redo() override;

private:
    Database &m_db;
    Collection m_kind;
    QString m_recordId;
    QJsonObject m_fields;
    std::function<void()> m_changed;
    qint64 m_seq = 0;
    bool m_queued = false;
};
