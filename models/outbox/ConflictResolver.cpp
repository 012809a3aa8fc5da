#include "outbox/ConflictResolver.h"

#include "outbox/LocalRecords.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSyncObserver.h"

#include <QCoreApplication>

namespace {
std::optional<OutboxEntry> conflictEntry(Outbox &outbox, qint64 seq, QString *error)
{
    std::optional<OutboxEntry> e = outbox.entry(seq);
    if (!e || e->state != OutboxEntry::State::Conflict || e->theirs.isEmpty()) {
        *error = QCoreApplication::translate("ConflictResolver", "This edit is not in conflict.");
        return std::nullopt;
    }
    return e;
}
} // namespace

QJsonObject ConflictResolver::theirValues(const OutboxEntry &entry)
{
    QJsonObject values;
    for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it) {
        if (it.key() == QLatin1String("shipping")) {
            const QJsonObject shipping = entry.theirs.value(QLatin1String("shipping")).toObject();
            values.insert(
                it.key(),
                QJsonObject{{QStringLiteral("carrier"), shipping.value(QLatin1String("carrier"))},
                            {QStringLiteral("tracking_number"),
                             shipping.value(QLatin1String("tracking_number"))}});
        } else {
            values.insert(it.key(), entry.theirs.value(it.key()));
        }
    }
    return values;
}

bool ConflictResolver::keepMine(qint64 seq, QString *error)
{
    Outbox outbox(m_db);
    const std::optional<OutboxEntry> e = conflictEntry(outbox, seq, error);
    return e && merge(seq, e->fields.keys(), error);
}

bool ConflictResolver::takeTheirs(qint64 seq, QString *error)
{
    return merge(seq, {}, error);
}

bool ConflictResolver::merge(qint64 seq, const QStringList &mineFields, QString *error)
{
    Outbox outbox(m_db);
    const std::optional<OutboxEntry> e = conflictEntry(outbox, seq, error);
    if (!e)
        return false;
    QJsonObject mine;
    for (const QString &field : mineFields) {
        if (e->fields.contains(field))
            mine.insert(field, e->fields.value(field));
    }
    // An order's status and shipping go together: shipping alone is not a valid edit.
    if (e->kind == Collection::Orders && !mine.contains(QLatin1String("status")))
        mine = {};
    const qint64 theirVersion = qint64(e->theirs.value(QLatin1String("version")).toDouble());
    // First the entry (so the observer re-applies only what stays mine), then the site's record.
    const bool entryOk =
        mine.isEmpty() ? outbox.remove(seq, error) : outbox.requeue(seq, mine, theirVersion, error);
    if (!entryOk)
        return false;
    OutboxSyncObserver observer;
    return LocalRecords(m_db).storeSiteRecord(e->kind, e->theirs, &observer, error);
}
