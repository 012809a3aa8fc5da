#pragma once

#include "store/StoreLocation.h"

#include <QString>

class Database;
class QSqlError;

// What went wrong with the store itself, told so that the user knows what happened, that the data
// stored before is kept, and what to do: a full disk, a read-only or damaged file, a store from a
// newer Yutang, a team server that went away. Anything else keeps the store's own words.
class StoreFault
{
public:
    enum class Kind { None, Full, ReadOnly, Damaged, NewerVersion, ServerGone, Other };

    StoreFault() = default;
    StoreFault(Kind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    // From an error of the store's driver. SQLite's own texts ("database or disk is full", …) are
    // fixed English strings and its result codes are in nativeErrorCode(); both are looked at.
    static Kind kindOf(const QSqlError &error);
    static Kind kindOf(const QString &sqliteText);
    // A failure `error` (the store's words) of an operation on `db`, worded for the user. A
    // PostgreSQL connection that no longer answers makes it ServerGone, whatever the words were.
    static StoreFault diagnose(const Database &db, const QString &error);
    // The user's sentence for `kind` at `location`, quoting the store's own `detail`.
    static QString describe(Kind kind, const StoreLocation &location, const QString &detail);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    bool isFault() const { return m_kind != Kind::None; }
    // The store file cannot be used as it is, but set aside it can make room for a fresh one
    // synced from the site: a damaged file, or one from a newer Yutang.
    bool canBeSetAside() const { return m_kind == Kind::Damaged || m_kind == Kind::NewerVersion; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
};
