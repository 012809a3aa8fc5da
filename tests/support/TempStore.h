#pragma once

#include "store/Database.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A fresh, migrated store removed with the object. The backend comes from the environment:
// YUTANG_TEST_BACKEND=postgres makes a new database per store on the server named by
// YUTANG_TEST_PG_URL (password YUTANG_TEST_PG_PASSWORD), dropped on destruction; anything else
// uses a SQLite file in a temporary folder.
class TempStore
{
public:
    TempStore();
    ~TempStore();
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;

    Database &db() { return *m_db; }
    // The SQLite file path, or the postgresql:// URL of this store's database.
    QString path() const { return m_locationText; }
    // Another empty store next to this one (another file, or another database on the server).
    std::unique_ptr<Database> openAnother(const QString &fileName);

    static bool usesPostgres();
    // Why the requested backend cannot run here (PostgreSQL asked for but not configured or not
    // reachable); empty when it can. Tests QSKIP with it (YUTANG_REQUIRE_TEST_BACKEND).
    static QString unavailableReason();
    // The PostgreSQL password for test databases (YUTANG_TEST_PG_PASSWORD).
    static QString postgresPassword();
    // A new empty database on the test server; its location text (URL). Dropped by dropDatabase().
    static QString createPostgresDatabase(const QString &hint, QString *error);
    static void dropPostgresDatabase(const QString &url);

    // Rows of a table as text lines sorted by id, without bookkeeping columns: for comparing
    // stores.
    static QStringList dump(const Database &db, const QString &table);
    // The secondary indexes of these tables, by name (what a primary key brings left out), and
    // the ones a first sync set aside (deferred_indexes): for checking DeferredIndexes.
    static QStringList secondaryIndexes(const Database &db, const QStringList &tables);
    static QStringList deferredIndexes(const Database &db);

private:
    std::unique_ptr<Database> openAt(const QString &locationText, QString *error);

    QTemporaryDir m_dir;
    QString m_locationText;
    QStringList m_postgresDatabases; // to drop
    std::unique_ptr<Database> m_db;
};

// In initTestCase() (or any test function): skips visibly when the backend is not available.
#define YUTANG_REQUIRE_TEST_BACKEND()                                                              \
    do {                                                                                           \
        const QString reason_ = TempStore::unavailableReason();                                    \
        if (!reason_.isEmpty())                                                                    \
            QSKIP(qPrintable(reason_));                                                            \
    } while (false)
