#pragma once

#include <QJsonObject>
#include <QStringList>

class Database;
struct OutboxEntry;

// Settles an edit the site answered 412 for. Nothing is overwritten silently: the entry keeps
// both sides (its fields = mine, `theirs` = the site's current record) until one of these runs.
class ConflictResolver
{
public:
    explicit ConflictResolver(Database &db) : m_db(db) {}

    // Send mine again, now based on the site's current version.
    bool keepMine(qint64 seq, QString *error);
    // Drop mine and store the site's record.
    bool takeTheirs(qint64 seq, QString *error);
    // Field by field: the listed fields of mine are sent again, the rest taken from theirs.
    bool merge(qint64 seq, const QStringList &mineFields, QString *error);

    // The site's values of the fields an entry edits, in the same (PATCH) form as its fields.
    static QJsonObject theirValues(const OutboxEntry &entry);

private:
    Database &m_db;
};
