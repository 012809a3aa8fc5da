#include "dialogs/OutboxEditCommand.h"

#include "outbox/Outbox.h"

OutboxEditCommand::OutboxEditCommand(Database &db, Collection kind, QString recordId,
                                     QJsonObject fields, const QString &text,
                                     std::function<void()> changed)
    : QUndoCommand(text), m_db(db), m_kind(kind), m_recordId(std::move(recordId)),
      m_fields(std::move(fields)), m_changed(std::move(changed))
{}

bool OutboxEditCommand::queue(QString *error)
{
    m_seq = Outbox(m_db).queue(m_kind, m_recordId, m_fields, error);
    m_queued = m_seq > 0;
    return m_queued;
}

void OutboxEditCommand::undo()
{
    QString error;
    // An edit already pushed (or being sent) is no longer ours to take back: nothing happens.
    if (m_seq > 0 && Outbox(m_db).discard(m_seq, &error))
        m_seq = 0;
    if (m_changed)
        m_changed();
}

void OutboxEditCommand::redo()
{
    if (m_queued) { // QUndoStack::push() calls redo() on an edit that is already queued
        m_queued = false;
        return;
    }
    QString error;
    if (m_seq == 0)
        m_seq = Outbox(m_db).queue(m_kind, m_recordId, m_fields, &error);
    if (m_changed)
        m_changed();
}
