#pragma once

#include "outbox/OutboxEntry.h"
#include "sync/SiteConnection.h"

#include <QObject>
#include <QSet>
#include <memory>

class Database;
class SiteWriter;
struct WriteOutcome;

struct PushResult
{
    enum class Failure {
        None,
        Unreachable,  // no answer: what was not sent stays pending
        Unauthorized, // 401
        Forbidden,    // 403: a read-only token; the edits are kept
        BadAddress,
        Store,
    };
    int pushed = 0;
    int conflicts = 0; // 412 in this push
    int rejected = 0;  // 422/404 in this push
    int waiting = 0;   // entries left in the outbox that still need sending
    Failure failure = Failure::None;
    QString error;
};

// Sends the outbox to the site, one entry at a time in queue order, through the site kind's
// SiteWriter (which checks the record has not changed since the edit was made), and records what
// became of each entry: removed when applied, kept as a conflict or rejection for the user, kept
// pending when the site did not answer or refused the secret.
class OutboxPusher : public QObject
{
    Q_OBJECT
public:
    explicit OutboxPusher(Database &db, QObject *parent = nullptr);
    ~OutboxPusher() override;

    void start(const SiteConnection &connection);
    // Yutang's site API (the kind of profiles made before kinds existed).
    void start(const QString &siteAddress, const QByteArray &token, const RetryPolicy &retry = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void entryDone(qint64 seq, const QString &message);
    void retrying(const QString &what, int attempt, int delayMs, const QString &reason);
    void finished(const PushResult &result);

private:
    void sendNext();
    void handle(const OutboxEntry &entry, const WriteOutcome &outcome);
    void finish(PushResult::Failure failure, const QString &error);
    void storeFailure(const QString &error);

    Database &m_db;
    std::unique_ptr<SiteWriter> m_writer;
    QList<OutboxEntry> m_queue;
    QSet<QString> m_blocked; // records whose earlier edit is in conflict or rejected
    PushResult m_result;
    bool m_running = false;
};
