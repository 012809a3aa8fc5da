#pragma once

#include "outbox/OutboxPusher.h"
#include "outbox/OutboxSyncObserver.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "../sync/SyncRunner.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>
#include <functional>

// A sync that keeps local edits on top (the observer the app installs), run to the end.
inline SyncResult syncWithOutbox(Database &db, const QString &address, const QByteArray &token,
                                 bool full = false)
{
    OutboxSyncObserver observer;
    SyncEngine::Options options;
    options.siteAddress = address;
    options.token = token;
    options.full = full;
    options.retry.baseDelayMs = 20;
    return runSyncWith(db, options, [&observer](SyncEngine &engine) { engine.applier().addObserver(&observer); },
                       120000);
}

// One push to the end; `setup` may hook the pusher's client (fault tests).
inline PushResult pushOutbox(Database &db, const QString &address, const QByteArray &token,
                             const std::function<void(OutboxPusher &)> &setup = {})
{
    OutboxPusher pusher(db);
    RetryPolicy retry;
    retry.baseDelayMs = 20;
    retry.maxAttempts = 3;
    retry.transferTimeoutMs = 3000;
    PushResult result;
    QEventLoop loop;
    QObject::connect(&pusher, &OutboxPusher::finished, &loop, [&](const PushResult &r) {
        result = r;
        loop.quit();
    });
    pusher.start(address, token, retry);
    if (setup)
        setup(pusher);
    loop.exec();
    return result;
}

inline QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
