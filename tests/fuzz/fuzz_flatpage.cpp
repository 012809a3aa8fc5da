// A listing page of sessions or events, read two ways: FlatPageScanner (RecordParser::
// parseFlatPage, the sync's fast path) and QJsonDocument (parsePageAsDocument). Whenever the
// scanner takes a page, the document must give the same records, cursor and token, with nothing
// quarantined or deleted: any difference is a finding. The first byte's low bit picks the
// collection (0: sessions, 1: events); the rest is the body.
#include "FuzzInput.h"
#include "sync/RecordParser.h"

namespace {

bool sameSessions(const QList<SessionRecord> &a, const QList<SessionRecord> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.id == y.id && x.visitorId == y.visitorId && x.customerId == y.customerId &&
               x.landingUrl == y.landingUrl && x.referrerUrl == y.referrerUrl &&
               x.userAgent == y.userAgent && x.attribution == y.attribution &&
               x.startedAt == y.startedAt;
    });
}

bool sameEvents(const QList<EventRecord> &a, const QList<EventRecord> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.id == y.id && x.sessionId == y.sessionId && x.type == y.type &&
               x.productId == y.productId && x.orderId == y.orderId &&
               x.customerId == y.customerId && x.shareTarget == y.shareTarget && x.page == y.page &&
               x.query == y.query && x.at == y.at;
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Collection collection = (data[0] & 1) ? Collection::Events : Collection::Sessions;
    const QByteArray body = FuzzInput::bytes(data + 1, size - 1);
    ParsedPage scanned;
    if (!RecordParser::parseFlatPage(collection, body, &scanned))
        return 0;
    ParsedPage document;
    QString error;
    if (!RecordParser::parsePageAsDocument(collection, body, &document, &error))
        qFatal("fuzz_flatpage: the scanner took a page the document refuses: %s",
               qPrintable(error));
    if (!document.quarantined.isEmpty() || !document.deleted.isEmpty())
        qFatal("fuzz_flatpage: the scanner took a page with records the document sets aside");
    if (scanned.hasNextCursor != document.hasNextCursor ||
        scanned.nextCursor != document.nextCursor || scanned.syncToken != document.syncToken)
        qFatal("fuzz_flatpage: the envelope differs");
    if (!sameSessions(scanned.sessions, document.sessions) ||
        !sameEvents(scanned.events, document.events))
        qFatal("fuzz_flatpage: the records differ");
    return 0;
}
