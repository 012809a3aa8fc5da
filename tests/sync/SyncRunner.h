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

// Cancels the sync (as a user pressing Cancel) once a stored page makes `when` true, counted in
// the store's own page hook, so the cancel lands mid-listing however fast the site answers (no
// slowed site, no throttled progress). The cancel is queued: it comes after this page commits.
inline void cancelWhenStored(SyncEngine &engine, std::function<bool(const ParsedPage &)> when)
{
    struct Trigger : PageApplier::Observer
    {
        SyncEngine *engine = nullptr;
        std::function<bool(const ParsedPage &)> when;
        bool fired = false;
        bool pageApplied(Database &, const ParsedPage &page, QString *) override
        {
            if (!fired && when(page)) {
                fired = true;
                QMetaObject::invokeMethod(engine, &SyncEngine::cancel, Qt::QueuedConnection);
            }
            return true;
        }
    };
    auto *trigger = new Trigger;
    trigger->engine = &engine;
    trigger->when = std::move(when);
    engine.applier().addObserver(trigger);
    // The engine's destroyed() comes after its applier is gone.
    QObject::connect(&engine, &QObject::destroyed, &engine, [trigger] { delete trigger; });
}

// Cancels the sync once `pages` pages were stored.
inline void cancelAfterPages(SyncEngine &engine, int pages)
{
    auto stored = std::make_shared<int>(0);
    cancelWhenStored(engine, [stored, pages](const ParsedPage &) { return ++*stored >= pages; });
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
