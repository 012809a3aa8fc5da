#pragma once

#include "session/SyncSession.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QTimer>
#include <functional>

// Runs one sync with the given options to the end, with the analytics observers every sync has
// (SyncSession); `setup` may hook the engine first (more observers, progress handlers). Gives up
// (cancels) after `timeoutMs`.
inline SyncResult runSyncWith(Database &db, const SyncEngine::Options &options,
                              const std::function<void(SyncEngine &)> &setup = {}, int timeoutMs = 240000)
{
    SyncEngine engine(db);
    SyncSession::installObservers(engine, db, nullptr);
    if (setup)
        setup(engine);
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { engine.cancel(); });
    engine.start(options);
    if (engine.isRunning())
        loop.exec();
    return result;
}

// Options for a test sync: short retry delays, pages of `pageLimit`.
inline SyncEngine::Options testSyncOptions(const QString &address, const QByteArray &token, bool full = false,
                                           int pageLimit = 200)
{
    SyncEngine::Options options;
    options.siteAddress = address;
    options.token = token;
    options.full = full;
    options.pageLimit = pageLimit;
    options.retry.baseDelayMs = 20;
    options.retry.maxAttempts = 8;
    options.retry.transferTimeoutMs = 5000;
    return options;
}

// Stops the sync once `pages` pages were stored (a user pressing Cancel mid-sync).
inline void cancelAfterPages(SyncEngine &engine, int pages)
{
    QObject::connect(&engine, &SyncEngine::progressChanged, &engine, [&engine, pages](const SyncProgress &p) {
        qint64 stored = 0;
        for (const CollectionCounts &c : p.collections)
            stored += c.pages;
        if (stored >= pages)
            engine.cancel();
    });
}

// Runs one sync to the end (or until `cancelAfterPages` pages were stored) and returns its result.
inline SyncResult runSync(Database &db, const QString &address, const QByteArray &token, bool full = false,
                          int cancelAfter = -1, int pageLimit = 200)
{
    const SyncEngine::Options options = testSyncOptions(address, token, full, pageLimit);
    return runSyncWith(db, options, [cancelAfter](SyncEngine &engine) {
        if (cancelAfter >= 0)
            cancelAfterPages(engine, cancelAfter);
    });
}
