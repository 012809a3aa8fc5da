#pragma once

#include "outbox/OutboxEntry.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

class Database;

// The persistent queue of local edits. queue() validates an edit, writes it with a fresh
// idempotency key and applies it to the local row, all in one transaction, before anything is
// sent. Several edits of one record stay separate entries, pushed in order.
class Outbox
{
public:
    explicit Outbox(Database &db) : m_db(db) {}

    // Returns the new entry's seq, or 0 with *error set.
    qint64 queue(Collection kind, const QString &recordId, const QJsonObject &fields,
                 QString *error);
    // Drops an entry that is not being sent and puts the local row back (undo, discard).
    bool discard(qint64 seq, QString *error);

    QList<OutboxEntry> entries() const;
    QList<OutboxEntry> entriesFor(Collection kind, const QString &recordId) const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    // Entries per state; on a store error empty, with *error set.
    QMap<OutboxEntry::State, int> counts(QString *error = nullptr) const;
    // All entries; -1 on a store error, with *error set.
    int size(QString *error = nullptr) const;

    // Bookkeeping used by the pusher and the conflict resolver.
    bool markSending(qint64 seq, QString *error);
    bool setOutcome(qint64 seq, OutboxEntry::State state, const QString &errorText, QString *error,
                    const QJsonObject &fieldErrors = {}, const QJsonObject &theirs = {});
    // Re-bases an entry on a new version with a new idempotency key (it is a new write).
    bool requeue(qint64 seq, const QJsonObject &fields, qint64 baseVersion, QString *error);
    bool remove(qint64 seq, QString *error);
    // Later edits of a record that were based on the version just replaced by our own push.
    // The desktop this process speaks for, stored with each queued edit.
    static QString localOrigin();
    bool rebaseFollowers(const OutboxEntry &pushed, qint64 newVersion, QString *error);
    // Applies every entry of these records to their local rows again, in order.
    bool reapply(Collection kind, const QSet<QString> &ids, QString *error);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};
