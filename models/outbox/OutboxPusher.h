#pragma once

#include "outbox/OutboxEntry.h"
#include "sync/SiteClient.h"

#include <QObject>
#include <QSet>
#include <memory>

class Database;

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

// Sends the outbox to the site, one entry at a time in queue order: PATCH with If-Match (the
// entry's base version) and its Idempotency-Key. SiteClient retries timeouts and 5xx with the
// same key, so an edit the site applied before its answer was lost is not applied twice.
class OutboxPusher : public QObject
{
    Q_OBJECT
public:
    explicit OutboxPusher(Database &db, QObject *parent = nullptr);
    ~OutboxPusher() override;

    void start(const QString &siteAddress, const QByteArray &token, const RetryPolicy &retry = {});
    bool isRunning() const { return m_running; }
    SiteClient *client() const { return m_client.get(); }

Q_SIGNALS:
    void entryDone(qint64 seq, const QString &message);
    void finished(const PushResult &result);

private:
    void sendNext();
    void handle(const OutboxEntry &entry, const SiteResponse &response);
    void finish(PushResult::Failure failure, const QString &error);
    void storeFailure(const QString &error);

    Database &m_db;
    std::unique_ptr<SiteClient> m_client;
    QList<OutboxEntry> m_queue;
    QSet<QString> m_blocked; // records whose earlier edit is in conflict or rejected
    PushResult m_result;
    bool m_running = false;
};
