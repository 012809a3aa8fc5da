#pragma once

#include "../sync/SyncRunner.h"
#include "outbox/OutboxPusher.h"
#include "outbox/OutboxSyncObserver.h"
#include "sites/woocommerce/WooClient.h"
#include "sites/woocommerce/WooCredentials.h"
#include "sync/SiteConnection.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

// Helpers for tests that sync and push against yutang-woo-site.
namespace WooTest {

inline QByteArray secret(const QByteArray &key, const QByteArray &secret)
{
    return WooCredentials{QString::fromLatin1(key), QString::fromLatin1(secret)}.pack();
}

inline RetryPolicy quickRetry()
{
    RetryPolicy retry;
    retry.baseDelayMs = 20;
    retry.maxAttempts = 3;
    retry.transferTimeoutMs = 5000;
    return retry;
}

// A sync that keeps local edits on top (the observer the app installs), run to the end.
inline SyncResult sync(Database &db, const QString &address, const QByteArray &packedSecret)
{
    OutboxSyncObserver observer;
    SyncEngine::Options options;
    options.kind = QStringLiteral("woocommerce");
    options.siteAddress = address;
    options.token = packedSecret;
    options.retry = quickRetry();
    return runSyncWith(
        db, options, [&observer](SyncEngine &engine) { engine.applier().addObserver(&observer); },
        120000);
}

// One push of the whole outbox to the end.
inline PushResult push(Database &db, const QString &address, const QByteArray &packedSecret)
{
    OutboxPusher pusher(db);
    PushResult result;
    QEventLoop loop;
    QObject::connect(&pusher, &OutboxPusher::finished, &loop, [&](const PushResult &r) {
        result = r;
        loop.quit();
    });
    pusher.start(
        SiteConnection{QStringLiteral("woocommerce"), address, packedSecret, quickRetry()});
    loop.exec();
    return result;
}

// A change made on the shop by someone else (the shop's admin, another app), with the key.
inline SiteResponse shopSend(const QString &address, const QByteArray &packedSecret,
                             const QByteArray &verb, const QString &path,
                             const QJsonObject &body = {}, const QUrlQuery &query = {})
{
    WooClient client(
        SiteConnection{QStringLiteral("woocommerce"), address, packedSecret, quickRetry()});
    SiteResponse response;
    QEventLoop loop;
    client.send(
        verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [&](const SiteResponse &r) {
            response = r;
            loop.quit();
        },
        query);
    loop.exec();
    return response;
}

// "2026-11-18T06:41:00" (UTC) in epoch milliseconds, read with Qt's own ISO parser.
inline qint64 gmtMs(const QString &text)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11, 8), Qt::ISODate), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

// One record of /__admin/dump: `collection` products, variations or orders.
inline QJsonObject dumped(const QByteArray &dump, const QString &collection, qint64 id)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(dump).object().value(collection).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toInteger() == id)
            return v.toObject();
    }
    return {};
}

} // namespace WooTest
