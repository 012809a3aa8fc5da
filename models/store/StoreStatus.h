#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// A summary of what a store holds: counts per collection, quarantined records, last sync.
struct StoreStatus
{
    struct Quarantined
    {
        QString collection, recordId, reason, rawJson;
    };
    QString shopName, currency, timezone;
    QList<QPair<QString, qint64>> counts; // contract collection name -> rows
    QList<Quarantined> quarantined;
    QDateTime lastSyncAt; // UTC

    static StoreStatus read(const Database &db);
    QJsonObject toJson() const;
};
