#include "sync/CollectionSync.h"

#include "sync/PageApplier.h"
#include "sync/RecordParser.h"
#include "sync/SiteClient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("CollectionSync", s);
}
} // namespace

CollectionSync::CollectionSync(Collection collection, Database &db, PageApplier &applier,
                               SiteClient &client, int pageLimit, QObject *parent)
    : QObject(parent), m_db(db), m_applier(applier), m_client(client), m_pageLimit(pageLimit)
{
    m_state.collection = collection;
}

void CollectionSync::start(bool forceFull)
{
    m_state = SyncState::load(m_db, m_state.collection);
    if (forceFull) {
        beginFullListing();
    } else if (m_state.inListing) {
        // Resume the listing a killed or failed run left off, from its committed cursor.
        m_counts.fullListing = m_state.fullListing;
        fetch(m_state);
    } else if (!m_state.syncToken.isEmpty()) {
        SyncState next = m_state;
        next.inListing = true;
        next.fullListing = false;
        next.baseToken = m_state.syncToken;
        next.cursor.clear();
        fetch(next);
    } else {
        beginFullListing();
    }
}

void CollectionSync::beginFullListing()
{
    SyncState next = m_state;
    next.inListing = true;
    next.fullListing = true;
    next.baseToken.clear();
    next.cursor.clear();
    next.listingGen = m_state.listingGen + 1;
    m_counts.fullListing = true;
    fetch(next);
}

void CollectionSync::fetch(const SyncState &state)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageLimit));
    if (!state.baseToken.isEmpty())
        query.addQueryItem(QStringLiteral("sync_token"), state.baseToken);
    if (!state.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), state.cursor);
    auto page = std::make_shared<ParsedPage>();
    const Collection collection = state.collection;
    // Parsing happens in the validator so that a body cut short is retried like a dropped
    // connection, and the page is parsed only once.
    auto validate = [page, collection](const QByteArray &body) {
        *page = ParsedPage();
        QString error;
        if (!RecordParser::parsePage(collection, body, page.get(), &error))
            return error;
        return QString();
    };
    m_client.get(
        Collections::name(collection), query,
        [this, state, page](const SiteResponse &response) {
            if (m_stopped)
                return;
            if (!response.ok()) {
                onResponse(state, response);
                return;
            }
            SyncState next = state;
            const bool last = !page->hasNextCursor;
            if (last) {
                next.syncToken = page->syncToken;
                next.inListing = false;
                next.cursor.clear();
                next.baseToken.clear();
                next.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
            } else {
                next.cursor = page->nextCursor;
                fetch(next); // keep the next page in flight while this one is written
            }
            QString error;
            if (!m_applier.apply(*page, next, last && state.fullListing, &error)) {
                fail(SyncResult::Failure::Store, tr("Could not store %1: %2")
                                                     .arg(Collections::name(state.collection), error));
                return;
            }
            m_state = next;
            ++m_counts.pages;
            m_counts.received += page->recordCount() - page->deleted.size() - page->quarantined.size();
            m_counts.deleted += page->deleted.size();
            m_counts.quarantined += page->quarantined.size();
            Q_EMIT pageStored();
            if (last) {
                m_counts.done = true;
                m_stopped = true;
                Q_EMIT finished(true, SyncResult::Failure::None, QString());
            }
        },
        validate);
}

void CollectionSync::onResponse(const SyncState &requested, const SiteResponse &response)
{
    const QString name = Collections::name(requested.collection);
    if (response.outcome == SiteResponse::Outcome::NetworkError) {
        fail(SyncResult::Failure::Unreachable,
             tr("The site could not be reached while listing %1: %2").arg(name, response.errorText));
        return;
    }
    switch (response.status) {
    case 410:
        // The site forgot our sync token: list everything again. Local unpushed edits live in
        // the outbox, which a relisting does not touch.
        Q_EMIT message(tr("%1: sync token expired, listing everything again").arg(name));
        m_state = SyncState::load(m_db, requested.collection);
        beginFullListing();
        return;
    case 400:
        if (!requested.cursor.isEmpty() && !m_restartedOnce) {
            // A cursor saved by an interrupted run may have gone stale on the site.
            m_restartedOnce = true;
            Q_EMIT message(tr("%1: the site no longer accepts the saved cursor, listing again").arg(name));
            m_state = SyncState::load(m_db, requested.collection);
            beginFullListing();
            return;
        }
        fail(SyncResult::Failure::SiteError, tr("The site rejected the request for %1: %2").arg(name, response.errorMessage()));
        return;
    case 401:
        fail(SyncResult::Failure::Unauthorized,
             tr("The site did not accept the access token (401). Check the token in the site's admin."));
        return;
    case 403:
        fail(SyncResult::Failure::Forbidden, tr("The token may not read %1 (403).").arg(name));
        return;
    case 404:
        fail(SyncResult::Failure::NotASite,
             tr("The site has no Yutang API at %1 (404).").arg(m_client.address().apiBase().toString()));
        return;
    default:
        fail(SyncResult::Failure::SiteError,
             tr("The site answered %1 while listing %2: %3").arg(response.status).arg(name, response.errorMessage()));
    }
}

void CollectionSync::fail(SyncResult::Failure failure, const QString &error)
{
    m_stopped = true;
    Q_EMIT finished(false, failure, error);
}
