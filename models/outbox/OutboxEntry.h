#pragma once

#include "sync/Collection.h"

#include <QJsonObject>
#include <QString>

// One local edit of a product or an order, as the outbox keeps it.
struct OutboxEntry
{
    // Ordered by how much attention an entry needs: a row's badge shows the highest.
    enum class State {
        Pending = 1,  // queued, not sent yet (or the site was unreachable)
        Sending = 2,  // handed to the network; after a crash it is sent again with the same key
        Failed = 3,   // the site refused for now (read-only token, 401): kept and retried later
        Rejected = 4, // 422/404: the site will not take it as it is; field errors say why
        Conflict = 5, // 412: the record changed on the site; the user chooses
    };

    qint64 seq = 0;
    Collection kind = Collection::Products;
    QString recordId;
    QJsonObject fields;     // what the edit sets, in the contract's PATCH form
    QJsonObject before;     // the local values of those fields before the edit (for undo)
    qint64 baseVersion = 0; // the record's version the edit was based on (If-Match)
    QString idempotencyKey;
    QString origin; // the desktop that queued it (Outbox::localOrigin())
    State state = State::Pending;
    int attempts = 0;
    QString error;
    QJsonObject fieldErrors; // 422 details.fields
    QJsonObject theirs;      // 412 `current`: the record as the site has it
    qint64 createdAt = 0, updatedAt = 0;

    static QString stateName(State state);    // "pending", … (CLI JSON, tests)
    static QString stateDisplay(State state); // translated, for badges
    static bool stateFromInt(int value, State *state);
};
