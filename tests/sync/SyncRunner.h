#pragma once

#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QTimer>

// Runs one sync to the end (or until `cancelAfterPages` pages were stored) and returns its result.
inline SyncResult runSync(Database &db, const QString &address, const QByteArray &token, bool full = false,
                          int cancelAfterPages = -1, int pageLimit = 200)
{
    SyncEngine engine(db);
    SyncEngine::Options options;
    options.siteAddress = address;
    options.token = token;
    options.full = full;
    options.pageLimit = pageLimit;
    options.retry.baseDelayMs = 20;
    options.retry.maxAttempts = 8;
    options.retry.transferTimeoutMs = 5000;
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    if (cancelAfterPages >= 0) {
        QObject::connect(&engine, &SyncEngine::progressChanged, &engine, [&](const SyncProgress &p) {
            qint64 pages = 0;
            for (const CollectionCounts &c : p.collections)
                pages += c.pages;
            if (pages >= cancelAfterPages)
                engine.cancel();
        });
    }
    QTimer::singleShot(240000, &loop, [&] { engine.cancel(); });
    engine.start(options);
    if (engine.isRunning())
        loop.exec();
    return result;
}
