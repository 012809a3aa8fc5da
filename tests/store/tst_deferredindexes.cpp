#include "TempStore.h"
#include "store/DeferredIndexes.h"
#include "sync/PageApplier.h"

#include <QSqlQuery>
#include <QTest>

namespace {

QStringList secondaryIndexes(Database &db, const QString &table)
{
    return TempStore::secondaryIndexes(db, {table});
}

QStringList deferred(Database &db)
{
    return TempStore::deferredIndexes(db);
}

ParsedPage sessionsPage(const QStringList &ids)
{
    ParsedPage page;
    page.collection = Collection::Sessions;
    page.hasNextCursor = true;
    page.nextCursor = QStringLiteral("next");
    for (const QString &id : ids) {
        SessionRecord s;
        s.id = id;
        s.visitorId = QStringLiteral("v_") + id;
        s.startedAt = 1732060800000;
        page.sessions.append(s);
    }
    return page;
}

SyncState stateAfter(const ParsedPage &page)
{
    SyncState state;
    state.collection = page.collection;
    state.listingGen = 1;
    state.inListing = true;
    state.fullListing = true;
    state.cursor = page.nextCursor;
    return state;
}

// Applies a page of these sessions with an applier that defers indexes.
bool applyDeferring(Database &db, const QStringList &ids, QString *error)
{
    PageApplier applier(db);
    applier.setDefersIndexesOfEmptyTables(true);
    const ParsedPage page = sessionsPage(ids);
    return applier.apply(page, stateAfter(page), false, error);
}

// Whether `table` has been analysed by an ANALYZE statement (not by autovacuum), PostgreSQL only.
bool analysed(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE "
                             "schemaname = current_schema() AND relname = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toBool();
}

// When `table` was last analysed by an ANALYZE statement, as text.
QString lastAnalysis(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT CAST(last_analyze AS TEXT) FROM pg_stat_user_tables WHERE "
                             "schemaname = current_schema() AND relname = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList sessionIds(int count, const QString &prefix)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << prefix + QString::number(i);
    return ids;
}

qint64 sessions(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

} // namespace

// A first sync's sessions and events are loaded without their secondary indexes, which are built
// once the rows are in (DeferredIndexes). Runs on both backends (tst_deferredindexes and
// tst_deferredindexes_pg, see TempStore).
class TestDeferredIndexes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    void firstPageIntoAnEmptyTableDefersItsIndexes()
    {
        TempStore store;
        const QStringList indexes = secondaryIndexes(store.db(), QStringLiteral("sessions"));
        QVERIFY(indexes.contains(QStringLiteral("sessions_visitor")));
        PageApplier applier(store.db());
        applier.setDefersIndexesOfEmptyTables(true);
        const ParsedPage page = sessionsPage({QStringLiteral("s1"), QStringLiteral("s2")});
        QString error;
        QVERIFY2(applier.apply(page, stateAfter(page), false, &error), qPrintable(error));
        QCOMPARE(sessions(store.db()), 2);
        QVERIFY(secondaryIndexes(store.db(), QStringLiteral("sessions")).isEmpty());
        QCOMPARE(deferred(store.db()), indexes);
        QVERIFY(DeferredIndexes::pending(store.db()));
        // The events table has had no page yet: untouched.
        QVERIFY(!secondaryIndexes(store.db(), QStringLiteral("events")).isEmpty());

        QVERIFY2(DeferredIndexes::restore(store.db(), &error), qPrintable(error));
        QCOMPARE(secondaryIndexes(store.db(), QStringLiteral("sessions")), indexes);
        QVERIFY(deferred(store.db()).isEmpty());
        QVERIFY(!DeferredIndexes::pending(store.db()));
        QCOMPARE(sessions(store.db()), 2);
    }

    void tableWithRowsKeepsItsIndexes()
    {
        TempStore store;
        const QStringList indexes = secondaryIndexes(store.db(), QStringLiteral("sessions"));
        QString error;
        {
            PageApplier plain(store.db());
            const ParsedPage page = sessionsPage({QStringLiteral("s1")});
            QVERIFY2(plain.apply(page, stateAfter(page), false, &error), qPrintable(error));
        }
        PageApplier applier(store.db());
        applier.setDefersIndexesOfEmptyTables(true);
        const ParsedPage page = sessionsPage({QStringLiteral("s2")});
        QVERIFY2(applier.apply(page, stateAfter(page), false, &error), qPrintable(error));
        QCOMPARE(secondaryIndexes(store.db(), QStringLiteral("sessions")), indexes);
        QVERIFY(!DeferredIndexes::pending(store.db()));
    }

    void applierThatDoesNotDeferLeavesThemAlone()
    {
        TempStore store;
        const QStringList indexes = secondaryIndexes(store.db(), QStringLiteral("sessions"));
        PageApplier applier(store.db());
        const ParsedPage page = sessionsPage({QStringLiteral("s1")});
        QString error;
        QVERIFY2(applier.apply(page, stateAfter(page), false, &error), qPrintable(error));
        QCOMPARE(secondaryIndexes(store.db(), QStringLiteral("sessions")), indexes);
    }

    void killedLoadIsBuiltAtTheNextOpening()
    {
        // The sync that deferred them never ended: opening the store builds them.
        TempStore store;
        const QStringList indexes = secondaryIndexes(store.db(), QStringLiteral("sessions"));
        QString error;
        QVERIFY2(applyDeferring(store.db(), {QStringLiteral("s1")}, &error), qPrintable(error));
        QVERIFY(DeferredIndexes::pending(store.db()));
        const std::unique_ptr<Database> reopened = Database::open(
            StoreLocation::parse(store.path()), &error, TempStore::postgresPassword());
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(secondaryIndexes(*reopened, QStringLiteral("sessions")), indexes);
        QVERIFY(!DeferredIndexes::pending(*reopened));
        QCOMPARE(sessions(*reopened), 1);
    }

    void bulkLoadIsAnalysedOnceItsIndexesAreBuilt()
    {
        // PostgreSQL's planner statistics: a store that has doubled is analysed after the commit
        // (PlannerStatistics), unless the sync loads empty tables in bulk; then it is analysed
        // once, when their indexes are built.
        TempStore store;
        if (!TempStore::usesPostgres())
            QSKIP("SQLite's planner keeps no statistics here");
        const int rows = 20001; // PlannerStatistics's least growth worth an analysis
        QString error;
        QVERIFY(!analysed(store.db(), QStringLiteral("sessions")));
        {
            PageApplier plain(store.db());
            const ParsedPage page = sessionsPage(sessionIds(rows, QStringLiteral("a")));
            QVERIFY2(plain.apply(page, stateAfter(page), false, &error), qPrintable(error));
        }
        QVERIFY(analysed(store.db(), QStringLiteral("sessions")));

        TempStore empty;
        const ParsedPage page = sessionsPage(sessionIds(rows, QStringLiteral("b")));
        PageApplier applier(empty.db());
        applier.setDefersIndexesOfEmptyTables(true);
        QVERIFY2(applier.apply(page, stateAfter(page), false, &error), qPrintable(error));
        QCOMPARE(sessions(empty.db()), rows);
        QVERIFY(!analysed(empty.db(), QStringLiteral("sessions")));
        QVERIFY2(DeferredIndexes::restore(empty.db(), &error), qPrintable(error));
        QVERIFY(analysed(empty.db(), QStringLiteral("sessions")));
        QVERIFY(analysed(empty.db(), QStringLiteral("events")));

        // The next sync through the same applier writes into a table with rows: the store is
        // analysed once it has doubled again.
        const QString before = lastAnalysis(empty.db(), QStringLiteral("sessions"));
        applier.beginSync();
        const ParsedPage more = sessionsPage(sessionIds(2 * rows, QStringLiteral("c")));
        QVERIFY2(applier.apply(more, stateAfter(more), false, &error), qPrintable(error));
        QVERIFY(secondaryIndexes(empty.db(), QStringLiteral("sessions"))
                    .contains(QStringLiteral("sessions_visitor")));
        QVERIFY(lastAnalysis(empty.db(), QStringLiteral("sessions")) != before);
    }

    void indexThatCannotBeBuiltIsKeptAndReported()
    {
        // The others are built; the one that fails stays noted for a later try, and is named.
        TempStore store;
        const QStringList indexes = secondaryIndexes(store.db(), QStringLiteral("sessions"));
        QString error;
        QVERIFY2(applyDeferring(store.db(), {QStringLiteral("s1")}, &error), qPrintable(error));
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO deferred_indexes (name, definition) VALUES "
                                      "('a_broken', 'CREATE INDEX a_broken ON no_such_table "
                                      "(x)')")));
        error.clear();
        QVERIFY(!DeferredIndexes::restore(store.db(), &error));
        QVERIFY2(error.contains(QStringLiteral("a_broken")) &&
                     error.contains(QStringLiteral("no_such_table")),
                 qPrintable(error));
        QCOMPARE(deferred(store.db()), QStringList{QStringLiteral("a_broken")});
        QCOMPARE(secondaryIndexes(store.db(), QStringLiteral("sessions")), indexes);
        QCOMPARE(sessions(store.db()), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
