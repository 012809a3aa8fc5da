#include "sync/CollectionSync.h"

#include "sync/PageApplier.h"
#include "sync/RecordParser.h"
#include "sync/SiteClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

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
        // Resume the listing a killed or failed run left off, from its committed cursors.
        m_counts.fullListing = m_state.fullListing;
        if (!m_state.parts.isEmpty() && m_state.allPartsDone())
            beginFullListing(); // cannot be committed so; list again rather than guess
        else
            startListing(m_state);
    } else if (!m_state.syncToken.isEmpty()) {
        SyncState next = m_state;
        next.inListing = true;
        next.fullListing = false;
        next.baseToken = m_state.syncToken;
        next.cursor.clear();
        next.parts.clear();
        startListing(next);
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
    next.parts.clear();
    next.listingGen = m_state.listingGen + 1;
    m_counts.fullListing = true;
    if (m_partitions > 1)
        requestPartitions(next);
    else
        startListing(next);
}

void CollectionSync::requestPartitions(const SyncState &listing)
{
    const quint64 serial = ++m_listingSerial;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("count"), QString::number(m_partitions));
    m_client.get(
        QStringLiteral("partitions/") + Collections::name(listing.collection), query,
        [this, listing, serial](const SiteResponse &response) {
            if (m_stopped || serial != m_listingSerial)
                return;
            SyncState next = listing;
            if (response.ok()) {
                next.parts = partsFromAnswer(response.body);
            } else if (response.outcome != SiteResponse::Outcome::HttpError ||
                       (response.status != 400 && response.status != 404 &&
                        response.status != 405 && response.status != 501)) {
                onResponse(QString(), response);
                return;
            } // else: a site without the endpoint; list in one chain
            startListing(next);
        });
}

QList<ListingPart> CollectionSync::partsFromAnswer(const QByteArray &body)
{
    QList<ListingPart> out;
    const QJsonArray parts =
        QJsonDocument::fromJson(body).object().value(QLatin1String("partitions")).toArray();
    for (const QJsonValue &p : parts) {
        const QString cursor = p.toObject().value(QLatin1String("cursor")).toString();
        if (cursor.isEmpty())
            return {}; // not what the contract says: one chain instead
        out.append({cursor, false});
    }
    return out;
}

QUrlQuery CollectionSync::pageQuery(int limit, const QString &syncToken, const QString &cursor)
{
    // Percent-encoded here, every byte but the unreserved ones: QUrlQuery leaves '+' as it is,
    // which a server that reads queries as HTML forms do (PHP, Node) takes for a space, and it
    // takes "%41" for an escape that already stands for "A" (both found by fuzz_siteanswers).
    const auto opaque = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!syncToken.isEmpty())
        query.addQueryItem(QStringLiteral("sync_token"), opaque(syncToken));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), opaque(cursor));
    return query;
}

void CollectionSync::startListing(const SyncState &listing)
{
    ++m_listingSerial;
    m_state = listing;
    if (m_state.parts.isEmpty()) {
        fetch(-1, m_state.cursor);
        return;
    }
    for (qsizetype i = 0; i < m_state.parts.size(); ++i) {
        if (!m_state.parts[i].done)
            fetch(int(i), m_state.parts[i].cursor);
    }
}

void CollectionSync::fetch(int part, const QString &cursor)
{
    const QUrlQuery query = pageQuery(m_pageLimit, m_state.baseToken, cursor);
    auto page = std::make_shared<ParsedPage>();
    const Collection collection = m_state.collection;
    // Parsing happens in the validator so that a body cut short is retried like a dropped
    // connection, and the page is parsed only once.
    auto validate = [page, collection](const QByteArray &body) {
        *page = ParsedPage();
        QString error;
        if (!RecordParser::parsePage(collection, body, page.get(), &error))
            return error;
        return QString();
    };
    const quint64 serial = m_listingSerial;
    m_client.get(
        Collections::name(collection), query,
        [this, part, cursor, page, serial](const SiteResponse &response) {
            if (m_stopped || serial != m_listingSerial)
                return;
            if (!response.ok()) {
                onResponse(cursor, response);
                return;
            }
            pageArrived(part, *page);
        },
        validate);
}

void CollectionSync::pageArrived(int part, ParsedPage &page)
{
    SyncState next = m_state;
    const bool chainEnds = !page.hasNextCursor;
    const QString nextCursor = chainEnds ? QString() : page.nextCursor;
    if (part < 0)
        next.cursor = nextCursor;
    else
        next.parts[part] = {nextCursor, chainEnds};
    if (!chainEnds)
        fetch(part, nextCursor); // keep the next page in flight while this one is written
    const bool last = part < 0 ? chainEnds : next.allPartsDone();
    page.otherPartsPending = chainEnds && !last;
    if (last) {
        next.syncToken = page.syncToken;
        next.inListing = false;
        next.cursor.clear();
        next.baseToken.clear();
        next.parts.clear();
        next.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
    }
    QString error;
    if (!m_applier.apply(page, next, last && m_state.fullListing, &error)) {
        fail(SyncResult::Failure::Store,
             tr("Could not store %1: %2").arg(Collections::name(m_state.collection), error));
        return;
    }
    m_state = next;
    ++m_counts.pages;
    m_counts.received += page.recordCount() - page.deleted.size() - page.quarantined.size();
    m_counts.deleted += page.deleted.size();
    m_counts.quarantined += page.quarantined.size();
    Q_EMIT pageStored();
    if (last) {
        m_counts.done = true;
        m_stopped = true;
        Q_EMIT finished(true, SyncResult::Failure::None, QString());
    }
}

void CollectionSync::onResponse(const QString &cursor, const SiteResponse &response)
{
    const QString name = Collections::name(m_state.collection);
    if (response.outcome == SiteResponse::Outcome::NetworkError) {
        fail(
            SyncResult::Failure::Unreachable,
            tr("The site could not be reached while listing %1: %2").arg(name, response.errorText));
        return;
    }
    switch (response.status) {
    case 410:
        // The site forgot our sync token: list everything again. Local unpushed edits live in
        // the outbox, which a relisting does not touch.
        Q_EMIT message(tr("%1: sync token expired, listing everything again").arg(name));
        m_state = SyncState::load(m_db, m_state.collection);
        beginFullListing();
        return;
    case 400:
        if (!cursor.isEmpty() && !m_restartedOnce) {
            // A cursor saved by an interrupted run may have gone stale on the site.
            m_restartedOnce = true;
            Q_EMIT message(
                tr("%1: the site no longer accepts the saved cursor, listing again").arg(name));
            m_state = SyncState::load(m_db, m_state.collection);
            beginFullListing();
            return;
        }
        fail(SyncResult::Failure::SiteError,
             tr("The site rejected the request for %1: %2").arg(name, response.errorMessage()));
        return;
    case 401:
        fail(SyncResult::Failure::Unauthorized, tr("The site did not accept the access token "
                                                   "(401). Check the token in the site's admin."));
        return;
    case 403:
        fail(SyncResult::Failure::Forbidden, tr("The token may not read %1 (403).").arg(name));
        return;
    case 404:
        fail(SyncResult::Failure::NotASite, tr("The site has no Yutang API at %1 (404).")
                                                .arg(m_client.address().apiBase().toString()));
        return;
    default:
        fail(SyncResult::Failure::SiteError, tr("The site answered %1 while listing %2: %3")
                                                 .arg(response.status)
                                                 .arg(name, response.errorMessage()));
    }
}

void CollectionSync::fail(SyncResult::Failure failure, const QString &error)
{
    m_stopped = true;
    Q_EMIT finished(false, failure, error);
}
