#include "sync/SyncState.h"

#include "store/Database.h"

#include <QSqlError>
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
    q.prepare(QStringLiteral(
        "SELECT cursor, done FROM sync_partitions WHERE collection = ? ORDER BY part"));
    q.addBindValue(Collections::name(c));
    if (q.exec()) {
        while (q.next())
            s.parts.append({q.value(0).toString(), q.value(1).toInt() != 0});
    }
    return s;
}

bool SyncState::allPartsDone() const
{
    for (const ListingPart &p : parts) {
        if (!p.done)
            return false;
    }
    return true;
}

bool SyncState::save(const Database &db, QString *error) const
{
    auto failed = [error](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_state (collection, sync_token, base_token, cursor, in_listing, "
        "full_listing, listing_gen, last_synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (collection) DO UPDATE SET sync_token = excluded.sync_token, "
        "base_token = excluded.base_token, cursor = excluded.cursor, "
        "in_listing = excluded.in_listing, full_listing = excluded.full_listing, "
        "listing_gen = excluded.listing_gen, last_synced_at = excluded.last_synced_at"));
    auto nullable = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };
    q.addBindValue(Collections::name(collection));
    q.addBindValue(nullable(syncToken));
    q.addBindValue(nullable(baseToken));
    q.addBindValue(nullable(cursor));
    q.addBindValue(inListing ? 1 : 0);
    q.addBindValue(fullListing ? 1 : 0);
    q.addBindValue(listingGen);
    q.addBindValue(lastSyncedAt ? QVariant(lastSyncedAt)
                                : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return failed(q);
    // A handful of rows at most; replacing them all keeps one code path for start, step and end.
    QSqlQuery parts(db.connection());
    parts.prepare(QStringLiteral("DELETE FROM sync_partitions WHERE collection = ?"));
    parts.addBindValue(Collections::name(collection));
    if (!parts.exec())
        return failed(parts);
    if (this->parts.isEmpty())
        return true;
    parts.prepare(QStringLiteral(
        "INSERT INTO sync_partitions (collection, part, cursor, done) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < this->parts.size(); ++i) {
        parts.addBindValue(Collections::name(collection));
        parts.addBindValue(int(i));
        parts.addBindValue(nullable(this->parts[i].cursor));
        parts.addBindValue(this->parts[i].done ? 1 : 0);
        if (!parts.exec())
            return failed(parts);
    }
    return true;
}

bool SyncState::resetAll(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("UPDATE sync_state SET sync_token = NULL, base_token = NULL, "
                                 "cursor = NULL, in_listing = 0, full_listing = 0")) &&
           q.exec(QStringLiteral("DELETE FROM sync_partitions"));
}
