#pragma once

#include "sync/Collection.h"

#include <QList>
#include <QString>

class Database;

// One part of a full listing the site split for listing side by side.
struct ListingPart
{
    QString cursor; // the part's next page; empty once done
    bool done = false;
};

// Where one collection's sync stands. Saved in the same transaction as each page, so that a sync
// killed at any moment resumes from the first page it had not committed.
struct SyncState
{
    Collection collection = Collection::Products;
    QString syncToken; // from the last completed listing; empty: none yet
    QString baseToken; // the token the listing in progress started from (incremental)
    QString cursor;    // the next page of the listing in progress
    bool inListing = false;
    bool fullListing = false;
    qint64 listingGen = 0;    // generation of the last (or current) full listing
    qint64 lastSyncedAt = 0;  // epoch ms of the last completed listing
    QList<ListingPart> parts; // a partitioned full listing in progress; empty: one cursor chain

    bool allPartsDone() const;

    static SyncState load(const Database &db, Collection c);
    // On failure *error is the failed statement's own error text.
    bool save(const Database &db, QString *error = nullptr) const;
    // Forget tokens and cursors so the next sync lists everything again.
    static bool resetAll(const Database &db);
};
