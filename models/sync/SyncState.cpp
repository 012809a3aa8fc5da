#include "sync/SyncState.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

SyncState SyncState::load(const Database &db, Collection c)
{
    SyncState s;
    s.collection = c;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT sync_token, base_token, cursor, in_listing, full_listing, "
                             "listing_gen, last_synced_at FROM sync_state WHERE collection = ?"));
    q.addBindValue(Collections::name(c));
    if (q.exec() && q.next()) {
        s.syncToken = q.value(0).toString();
        s.baseToken = q.value(1).toString();
        s.cursor = q.value(2).toString();
        s.inListing = q.value(3).toInt() != 0;
        s.fullListing = q.value(4).toInt() != 0;
        s.listingGen = q.value(5).toLongLong();
        s.lastSyncedAt = q.value(6).toLongLong();
    }
    return s;
}

bool SyncState::save(const Database &db) const
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_state (collection, sync_token, base_token, cursor, in_listing, "
        "full_listing, listing_gen, last_synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (collection) DO UPDATE SET sync_token = excluded.sync_token, "
        "base_token = excluded.base_token, cursor = excluded.cursor, "
        "in_listing = excluded.in_listing, full_listing = excluded.full_listing, "
        "listing_gen = excluded.listing_gen, last_synced_at = excluded.last_synced_at"));
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };
    q.addBindValue(Collections::name(collection));
    q.addBindValue(nullable(syncToken));
    q.addBindValue(nullable(baseToken));
    q.addBindValue(nullable(cursor));
    q.addBindValue(inListing ? 1 : 0);
    q.addBindValue(fullListing ? 1 : 0);
    q.addBindValue(listingGen);
    q.addBindValue(lastSyncedAt ? QVariant(lastSyncedAt) : QVariant(QMetaType(QMetaType::LongLong)));
    return q.exec();
}

bool SyncState::resetAll(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("UPDATE sync_state SET sync_token = NULL, base_token = NULL, "
                                 "cursor = NULL, in_listing = 0, full_listing = 0"));
}
