#pragma once

#include "outbox/OutboxEntry.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

// What became of one outbox entry sent to the site.
struct WriteOutcome
{
    enum class Kind {
        Applied,     // the site took it; `record` is the record as the site now has it
        Conflict,    // the record changed on the site since the edit was made; `theirs`
        Rejected,    // the site will not take it as it is (invalid, gone): `fieldErrors`
        Refused,     // the secret may not write (read-only key) or was not accepted
        Unreachable, // no answer (perhaps applied): sent again next time
    };
    Kind kind = Kind::Unreachable;
    int status = 0;          // HTTP status, when there was one
    QJsonObject record;      // Applied: in the contract's record form (RecordParser reads it)
    qint64 newVersion = 0;   // Applied: the version later edits of the record are based on
    QJsonObject theirs;      // Conflict: the site's current record, contract form
    QJsonObject fieldErrors; // Rejected: field → message
    bool readOnly = false;   // Refused: the secret is valid but read-only
    QString message;         // the site's words, or ours
};

// One kind of site's writes: sends one outbox entry (the contract's PATCH form of a product or
// order edit) the way that kind takes it, and says what became of it. OutboxPusher drives the
// queue, the states and the store for every kind.
class SiteWriter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using Done = std::function<void(const WriteOutcome &)>;
    virtual void write(const OutboxEntry &entry, Done done) = 0;
    virtual void abortAll() = 0;

Q_SIGNALS:
    // A request is tried again (no answer, a 5xx, rate limiting).
    void retrying(const QString &what, int attempt, int delayMs, const QString &reason);
};
