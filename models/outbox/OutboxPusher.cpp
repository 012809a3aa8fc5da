#include "outbox/OutboxPusher.h"

#include "outbox/LocalRecords.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSyncObserver.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace {
QString recordKey(const OutboxEntry &e)
{
    return Collections::name(e.kind) + QLatin1Char('/') + e.recordId;
}

bool needsSending(OutboxEntry::State s)
{
    return s == OutboxEntry::State::Pending || s == OutboxEntry::State::Sending ||
           s == OutboxEntry::State::Failed;
}
} // namespace

OutboxPusher::OutboxPusher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{}

OutboxPusher::~OutboxPusher() = default;

void OutboxPusher::start(const QString &siteAddress, const QByteArray &token,
                         const RetryPolicy &retry)
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_blocked.clear();
    m_queue = Outbox(m_db).entries();
    SiteAddress address;
    QString error;
    if (!SiteAddress::parse(siteAddress, &address, &error)) {
        // Queued on purpose: finished() must not fire before the caller's event loop runs.
        QTimer::singleShot(0, this,
                           [this, error] { finish(PushResult::Failure::BadAddress, error); });
        return;
    }
    m_client = std::make_unique<SiteClient>(address, token);
    m_client->setRetryPolicy(retry);
    QTimer::singleShot(0, this, &OutboxPusher::sendNext);
}

void OutboxPusher::sendNext()
{
    while (!m_queue.isEmpty()) {
        const OutboxEntry e = m_queue.takeFirst();
        if (!needsSending(e.state) || m_blocked.contains(recordKey(e))) {
            m_blocked.insert(recordKey(e)); // later edits of this record wait for it
            continue;
        }
        QString error;
        // Persisted before the request leaves: a crash now re-sends with the same key.
        if (!Outbox(m_db).markSending(e.seq, &error)) {
            storeFailure(error);
            return;
        }
        const std::optional<OutboxEntry> fresh =
            Outbox(m_db).entry(e.seq); // base may have been rebased
        const OutboxEntry entry = fresh.value_or(e);
        const QString path = Collections::name(entry.kind) + QLatin1Char('/') +
                             QString::fromLatin1(QUrl::toPercentEncoding(entry.recordId));
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(entry.baseVersion) + '"'},
            {QByteArrayLiteral("Idempotency-Key"), entry.idempotencyKey.toLatin1()},
        };
        m_client->send("PATCH", path, QJsonDocument(entry.fields).toJson(QJsonDocument::Compact),
                       headers, [this, entry](const SiteResponse &r) { handle(entry, r); });
        return;
    }
    finish(PushResult::Failure::None, {});
}

void OutboxPusher::handle(const OutboxEntry &entry, const SiteResponse &r)
{
    Outbox outbox(m_db);
    QString error;
    using State = OutboxEntry::State;
    if (r.ok()) {
        const QJsonObject record = QJsonDocument::fromJson(r.body).object();
        OutboxSyncObserver observer;
        // The entry goes first so the observer re-applies only the edits still waiting.
        if (!outbox.remove(entry.seq, &error) ||
            !outbox.rebaseFollowers(
                entry, qint64(record.value(QLatin1String("version")).toDouble()), &error) ||
            !LocalRecords(m_db).storeSiteRecord(entry.kind, record, &observer, &error)) {
            storeFailure(error);
            return;
        }
        ++m_result.pushed;
        Q_EMIT entryDone(entry.seq, tr("pushed"));
        sendNext();
        return;
    }
    if (r.outcome == SiteResponse::Outcome::NetworkError || r.status >= 500) {
        // Sent, perhaps applied: it stays queued with its key and is sent again next time.
        if (!outbox.setOutcome(entry.seq, State::Pending, r.errorText, &error)) {
            storeFailure(error);
            return;
        }
        finish(PushResult::Failure::Unreachable,
               tr("The site did not answer: %1").arg(r.errorText));
        return;
    }
    const QString message = r.errorMessage().isEmpty() ? r.errorText : r.errorMessage();
    bool ok = true;
    if (r.status == 412 || r.status == 409) {
        const QJsonObject theirs =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("current")).toObject();
        ok = outbox.setOutcome(entry.seq, State::Conflict,
                               tr("Changed on the site meanwhile (version %1).")
                                   .arg(qint64(theirs.value(QLatin1String("version")).toDouble())),
                               &error, {}, theirs);
        ++m_result.conflicts;
        m_blocked.insert(recordKey(entry));
    } else if (r.status == 401 || r.status == 403) {
        const QString why = r.status == 403
                                ? tr("The token is read-only: the site refuses edits. "
                                     "Your edits are kept; use a token with write access.")
                                : tr("The site refused the token.");
        if (!outbox.setOutcome(entry.seq, State::Failed, why, &error)) {
            storeFailure(error);
            return;
        }
        finish(r.status == 403 ? PushResult::Failure::Forbidden : PushResult::Failure::Unauthorized,
               why);
        return;
    } else {
        // 422 names the fields at fault; 404 means the record is gone; anything else: as the site
        // says.
        const QJsonObject fields = r.errorBody()
                                       .value(QLatin1String("details"))
                                       .toObject()
                                       .value(QLatin1String("fields"))
                                       .toObject();
        const QString why =
            r.status == 404 ? tr("The record no longer exists on the site.") : message;
        ok = outbox.setOutcome(entry.seq, State::Rejected, why, &error, fields);
        ++m_result.rejected;
        m_blocked.insert(recordKey(entry));
    }
    if (!ok) {
        storeFailure(error);
        return;
    }
    Q_EMIT entryDone(entry.seq, message);
    sendNext();
}

void OutboxPusher::storeFailure(const QString &error)
{
    finish(PushResult::Failure::Store, tr("Cannot write the store: %1").arg(error));
}

void OutboxPusher::finish(PushResult::Failure failure, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    m_result.failure = failure;
    m_result.error = error;
    for (const OutboxEntry &e : Outbox(m_db).entries()) {
        if (needsSending(e.state))
            ++m_result.waiting;
    }
    Q_EMIT finished(m_result);
}
