// A page of records from a site (GET /<collection>) and the /shop answer, as the sync reads them:
// RecordParser checks the envelope and each record (bad ones are quarantined), and PageApplier
// stores the page with its sync state in a SQLite store. The first byte picks the collection
// ((byte & 0x7f) % 7: 0-5 in Collection's order) or the /shop answer (6), and with 0x80 a last
// page completes a full listing (records it did not contain are deleted); the rest is the body.
#include "FuzzInput.h"
#include "store/Database.h"
#include "sync/PageApplier.h"
#include "sync/RecordParser.h"
#include "sync/SyncState.h"

#include <QTemporaryDir>

namespace {
QTemporaryDir *dir = nullptr;
Database *store = nullptr;
PageApplier *applier = nullptr;
qint64 generation = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    dir = new QTemporaryDir;
    StoreLocation location;
    location.sqlitePath = dir->filePath(QStringLiteral("fuzz.sqlite"));
    QString error;
    store = Database::open(location, &error).release();
    if (!store)
        qFatal("fuzz_sitepage: cannot open a store: %s", qPrintable(error));
    applier = new PageApplier(*store);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body = FuzzInput::bytes(data + 1, size - 1);
    QString error;
    const int kind = (data[0] & 0x7f) % 7;
    if (kind == 6) {
        ShopRecord shop;
        RecordParser::parseShop(body, &shop, &error);
        return 0;
    }
    const Collection collection = Collections::all().at(kind);
    ParsedPage page;
    if (!RecordParser::parsePage(collection, body, &page, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refused page always says why
        return 0;
    }
    SyncState state;
    state.collection = collection;
    state.listingGen = ++generation;
    state.cursor = page.nextCursor;
    state.syncToken = page.syncToken;
    state.inListing = page.hasNextCursor;
    state.fullListing = true;
    // A parsed page is one the store must take: a failure here is a finding too.
    if (!applier->apply(page, state, !page.hasNextCursor && (data[0] & 0x80), &error))
        qFatal("fuzz_sitepage: a parsed page was not stored: %s", qPrintable(error));
    return 0;
}
