#pragma once

#include "sync/Collection.h"
#include "sync/PageApplier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// Reads and writes the editable fields of the local product and order rows. Local edits are
// applied to these rows directly (the panes show them at once); the outbox remembers what
// the site has not confirmed yet and re-applies it whenever a sync rewrites a row.
class LocalRecords
{
public:
    explicit LocalRecords(Database &db) : m_db(db) {}

    // Current local values of the editable fields (contract form) and the row's version.
    // Returns false with an empty *error when there is no such record.
    bool read(Collection kind, const QString &id, QJsonObject *values, qint64 *version,
              QString *error) const;
    bool apply(Collection kind, const QString &id, const QJsonObject &fields, QString *error);
    // Finds an order's id by its number (the CLI and bulk shipping speak in numbers).
    QString orderIdForNumber(const QString &number) const;

    // Stores a whole record the site answered (200 or a 412's `current`) the way a sync page is
    // stored: RecordParser + PageApplier, the newer version wins; `observer` runs inside.
    bool storeSiteRecord(Collection kind, const QJsonObject &record,
                         PageApplier::Observer *observer, QString *error);

    // Appends to an order's status timeline when the status differs from the last one noted.
    bool noteStatus(const QString &orderId, const QString &status, qint64 at, const QString &source,
                    QString *error);

    struct StatusNote
    {
        QString orderId;
        QString status;
        qint64 at = 0;
    };
    // noteStatus() for many orders in turn (a sync page), with a few statements per hundred
    // orders instead of two per order.
    bool noteStatuses(const QList<StatusNote> &notes, const QString &source, QString *error);

private:
    Database &m_db;
};
