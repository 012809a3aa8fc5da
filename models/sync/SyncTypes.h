#pragma once

#include "sync/Collection.h"

#include <QMap>
#include <QMetaType>
#include <QString>

// Figures for one collection in one sync run.
struct CollectionCounts
{
    qint64 received = 0;    // records stored or updated
    qint64 deleted = 0;
    qint64 quarantined = 0;
    qint64 pages = 0;
    bool done = false;
    bool fullListing = false;
};

struct SyncProgress
{
    QMap<QString, CollectionCounts> collections; // by contract name
    int collectionsDone = 0;
    int collectionsTotal = 0;
};

struct SyncResult
{
    enum class Status { Ok, Failed, Cancelled };
    // Locked: another desktop is syncing the same (team) store; lockHolder names it.
    enum class Failure { None, BadAddress, Unauthorized, Forbidden, Unreachable, NotASite, SiteError, Store, Locked };
    Status status = Status::Ok;
    Failure failure = Failure::None;
    QString error;
    QString lockHolder; // host name, with Failure::Locked
    SyncProgress progress;
};

Q_DECLARE_METATYPE(SyncProgress)
Q_DECLARE_METATYPE(SyncResult)
