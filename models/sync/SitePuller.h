#pragma once

#include "sync/Collection.h"
#include "sync/SyncTypes.h"

#include <QMap>
#include <QObject>

// One kind of site's side of a sync run: fetches the shop's description, then lists the
// collections the kind has, handing every page to the PageApplier it was made with (so the
// store, its observers and resumption are the same for every kind). SyncEngine owns the run
// around it: the team lock, progress, the result.
class SitePuller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool full = false;             // list everything again instead of only changes
        int pageLimit = 0;             // records per page; 0: the kind's default
        int partitions = 0;            // side-by-side parts or requests; 0: the kind decides
        QList<Collection> collections; // empty: every collection the kind has
    };

    using QObject::QObject;

    virtual void start(const Options &options) = 0;
    // Stops every request; no signal is emitted afterwards.
    virtual void abort() = 0;
    // Figures so far, by collection name; done once a collection is complete.
    virtual QMap<QString, CollectionCounts> counts() const = 0;

Q_SIGNALS:
    void pageStored();
    void message(const QString &text);
    // ok: every collection is stored. Otherwise what went wrong, for the user.
    void finished(bool ok, SyncResult::Failure failure, const QString &error);
};
