#pragma once

#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>

// Runs one sync with the given options to the end; `setup` may hook the engine first
// (observers, progress handlers). Gives up (cancels) after `timeoutMs`.
inline SyncResult runSyncWith(Database &db, const SyncEngine::Options &options,
                              const std::function<void(SyncEngine &)> &setup = {}, int timeoutMs = 240000)
{
    SyncEngine engine(db);
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

// Runs one sync to the end (or until `cancelAfterPages` pages were stored) and returns its result.
inline SyncResult runSync(Database &db, const QString &address, const QByteArray &token, bool full = false,
                          int cancelAfterPages = -1, int pageLimit = 200)
{
    SyncEngine::Options options;
    options.siteAddress = address;
    options.token = token;
    options.full = full;
    options.pageLimit = pageLimit;
    options.retry.baseDelayMs = 20;
    options.retry.maxAttempts = 8;
    options.retry.transferTimeoutMs = 5000;
    return runSyncWith(db, options, [cancelAfterPages](SyncEngine &engine) {
        if (cancelAfterPages < 0)
            return;
        QObject::connect(&engine, &SyncEngine::progressChanged, &engine, [&engine, cancelAfterPages](const SyncProgress &p) {
            qint64 pages = 0;
            for (const CollectionCounts &c : p.collections)
                pages += c.pages;
            if (pages >= cancelAfterPages)
                engine.cancel();
        });
    });
}
