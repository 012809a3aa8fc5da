#include "outbox/OutboxPusher.h"

#include "outbox/LocalRecords.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSyncObserver.h"
#include "outbox/SiteWriter.h"
#include "store/Database.h"
#include "sync/SiteAddress.h"
#include "sync/SiteConnector.h"

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
    start(SiteConnection{SiteKinds::yutangId(), siteAddress, token, retry});
}

void OutboxPusher::start(const SiteConnection &connection)
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_blocked.clear();
    m_queue = Outbox(m_db).entries();
    SiteAddress address;
    QString error;
    const SiteConnector *connector = SiteKinds::find(connection.kind);
    if (!connector)
        error = tr("This version of Yutang cannot connect to a site of kind \"%1\".")
                    .arg(connection.kind);
    if (!connector || !SiteAddress::parse(connection.siteAddress, &address, &error)) {
        // Queued on purpose: finished() must not fire before the caller's event loop runs.
        QTimer::singleShot(0, this,
                           [this, error] { finish(PushResult::Failure::BadAddress, error); });
        return;
    }
    m_writer = connector->createWriter(m_db, connection);
    if (!m_writer) {
        QTimer::singleShot(0, this, [this, name = connector->displayName()] {
            finish(PushResult::Failure::BadAddress,
                   tr("Yutang cannot send edits to a site of kind %1.").arg(name));
        });
        return;
    }
    connect(m_writer.get(), &SiteWriter::retrying, this, &OutboxPusher::retrying);
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
        m_writer->write(entry, [this, entry](const WriteOutcome &o) { handle(entry, o); });
        return;
    }
    finish(PushResult::Failure::None, {});
}

void OutboxPusher::handle(const OutboxEntry &entry, const WriteOutcome &o)
{
    Outbox outbox(m_db);
    QString error;
    using State = OutboxEntry::State;
    using Kind = WriteOutcome::Kind;
    switch (o.kind) {
    case Kind::Applied: {
        OutboxSyncObserver observer;
        // The entry goes first so the observer re-applies only the edits still waiting.
        if (!outbox.remove(entry.seq, &error) ||
            !outbox.rebaseFollowers(entry, o.newVersion, &error) ||
            !LocalRecords(m_db).storeSiteRecord(entry.kind, o.record, &observer, &error)) {
            storeFailure(error);
            return;
        }
        ++m_result.pushed;
        Q_EMIT entryDone(entry.seq, tr("pushed"));
        sendNext();
        return;
    }
    case Kind::Unreachable:
        // Sent, perhaps applied: it stays queued with its key and is sent again next time.
        if (!outbox.setOutcome(entry.seq, State::Pending, o.message, &error)) {
            storeFailure(error);
            return;
        }
        finish(PushResult::Failure::Unreachable, tr("The site did not answer: %1").arg(o.message));
        return;
    case Kind::Refused: {
        // The kind's own words where it has them (a WooCommerce key, not a token).
        const QString why = !o.message.isEmpty() ? o.message
                            : o.readOnly ? tr("The token is read-only: the site refuses edits. "
                                              "Your edits are kept; use a token with write access.")
                                         : tr("The site refused the token.");
        if (!outbox.setOutcome(entry.seq, State::Failed, why, &error)) {
            storeFailure(error);
            return;
        }
        finish(o.readOnly ? PushResult::Failure::Forbidden : PushResult::Failure::Unauthorized,
               why);
        return;
    }
    case Kind::Conflict: {
        const bool ok =
            outbox.setOutcome(entry.seq, State::Conflict,
                              tr("Changed on the site meanwhile (version %1).")
                                  .arg(qint64(o.theirs.value(QLatin1String("version")).toDouble())),
                              &error, {}, o.theirs);
        ++m_result.conflicts;
        m_blocked.insert(recordKey(entry));
        if (!ok) {
            storeFailure(error);
            return;
        }
        break;
    }
    case Kind::Rejected: {
        const bool ok =
            outbox.setOutcome(entry.seq, State::Rejected, o.message, &error, o.fieldErrors);
        ++m_result.rejected;
        m_blocked.insert(recordKey(entry));
        if (!ok) {
            storeFailure(error);
            return;
        }
        break;
    }
    }
    Q_EMIT entryDone(entry.seq, o.message);
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
    if (m_writer) {
        m_writer->abortAll();
        m_writer.release()->deleteLater(); // its answer may be on the call stack
    }
    m_result.failure = failure;
    m_result.error = error;
    for (const OutboxEntry &e : Outbox(m_db).entries()) {
        if (needsSending(e.state))
            ++m_result.waiting;
    }
    Q_EMIT finished(m_result);
}
