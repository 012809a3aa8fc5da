#include "SiteProcess.h"
#include "SyncRunner.h"
#include "TempStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

namespace {

const QStringList kTables = {QStringLiteral("products"), QStringLiteral("customers"), QStringLiteral("orders"),
                             QStringLiteral("order_items"), QStringLiteral("sessions"), QStringLiteral("events"),
                             QStringLiteral("commissions"), QStringLiteral("quarantine")};

qint64 count(Database &db, const QString &table, const QString &where = {})
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

void compareStores(Database &a, Database &b)
{
    for (const QString &table : kTables) {
        const QStringList left = TempStore::dump(a, table);
        const QStringList right = TempStore::dump(b, table);
        QVERIFY2(left == right, qPrintable(QStringLiteral("%1 differs: %2 vs %3 rows").arg(table).arg(left.size()).arg(right.size())));
    }
}

QStringList secondaryIndexes(Database &db)
{
    return TempStore::secondaryIndexes(db, {QStringLiteral("sessions"), QStringLiteral("events")});
}

QString message(const SyncResult &r)
{
    return r.error.isEmpty() ? QStringLiteral("ok") : r.error;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
    }

    void fullSyncHoldsWhatTheSiteLists()
    {
        TempStore store;
        const SyncResult r = runSync(store.db(), m_site.address(), m_site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(message(r)));
        for (const QString &collection : {QStringLiteral("products"), QStringLiteral("customers"), QStringLiteral("orders"),
                                          QStringLiteral("sessions"), QStringLiteral("events"), QStringLiteral("commissions")}) {
            const qint64 onSite = m_site.listAll(collection).size();
            QVERIFY2(onSite > 0, qPrintable(collection));
            QCOMPARE(count(store.db(), collection), onSite);
            QVERIFY(r.progress.collections.value(collection).fullListing);
        }
        QCOMPARE(text(store.db(), QStringLiteral("SELECT timezone FROM shop")), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(count(store.db(), QStringLiteral("quarantine")), 0);
        // A record's fields arrive intact (money in fen, Chinese text).
        const QJsonObject p = m_site.listAll(QStringLiteral("products")).first();
        QCOMPARE(text(store.db(), QStringLiteral("SELECT title FROM products WHERE id='%1'").arg(p.value(QLatin1String("id")).toString())),
                 p.value(QLatin1String("title")).toString());
        QCOMPARE(text(store.db(), QStringLiteral("SELECT price FROM products WHERE id='%1'").arg(p.value(QLatin1String("id")).toString())).toLongLong(),
                 p.value(QLatin1String("price")).toInteger());
        // Order totals equal the sum of their items for every stored order.
        QCOMPARE(count(store.db(), QStringLiteral("orders"),
                       QStringLiteral("total <> (SELECT COALESCE(SUM(quantity * unit_price), 0) FROM order_items WHERE order_id = orders.id)")), 0);
    }

    void incrementalSyncSeesChangesAndDeletions()
    {
        TempStore store;
        QVERIFY(runSync(store.db(), m_site.address(), m_site.token()).status == SyncResult::Status::Ok);
        const QString productId = text(store.db(), QStringLiteral("SELECT id FROM products ORDER BY id LIMIT 1"));
        const QString customerId = text(store.db(), QStringLiteral("SELECT id FROM customers ORDER BY id DESC LIMIT 1"));
        const qint64 customersBefore = count(store.db(), QStringLiteral("customers"));
        const qint64 ordersBefore = count(store.db(), QStringLiteral("orders"));
        m_site.adminPost(QStringLiteral("touch/products/%1").arg(productId), R"({"price": 12345, "title": "改名的茶"})");
        m_site.adminPost(QStringLiteral("delete/customers/%1").arg(customerId));
        m_site.adminPost(QStringLiteral("add-orders?n=3"));

        const SyncResult r = runSync(store.db(), m_site.address(), m_site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(message(r)));
        QVERIFY(!r.progress.collections.value(QStringLiteral("products")).fullListing);
        QVERIFY(r.progress.collections.value(QStringLiteral("products")).received < 5);
        QCOMPARE(text(store.db(), QStringLiteral("SELECT price FROM products WHERE id='%1'").arg(productId)), QStringLiteral("12345"));
        QCOMPARE(text(store.db(), QStringLiteral("SELECT title FROM products WHERE id='%1'").arg(productId)), QStringLiteral("改名的茶"));
        QCOMPARE(count(store.db(), QStringLiteral("customers"), QStringLiteral("id='%1'").arg(customerId)), 0);
        // add-orders may bring new customers along; the store matches the site either way.
        QCOMPARE(count(store.db(), QStringLiteral("customers")), qint64(m_site.listAll(QStringLiteral("customers")).size()));
        QVERIFY(count(store.db(), QStringLiteral("customers")) >= customersBefore - 1);
        QCOMPARE(count(store.db(), QStringLiteral("orders")), ordersBefore + 3);
        QCOMPARE(count(store.db(), QStringLiteral("orders")), qint64(m_site.listAll(QStringLiteral("orders")).size()));
    }

    void expiredSyncTokenRelistsEverything()
    {
        TempStore store;
        QVERIFY(runSync(store.db(), m_site.address(), m_site.token()).status == SyncResult::Status::Ok);
        const qint64 events = count(store.db(), QStringLiteral("events"));
        m_site.adminPost(QStringLiteral("expire-sync-tokens"));
        const SyncResult r = runSync(store.db(), m_site.address(), m_site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(message(r)));
        QVERIFY(r.progress.collections.value(QStringLiteral("events")).fullListing);
        QCOMPARE(count(store.db(), QStringLiteral("events")), events);
        QCOMPARE(count(store.db(), QStringLiteral("orders")), qint64(m_site.listAll(QStringLiteral("orders")).size()));
    }

    void faultySiteGivesTheSameStore()
    {
        SiteProcess clean, faulty;
        QString error;
        QVERIFY2(clean.start({}, &error), qPrintable(error));
        QVERIFY2(faulty.start({QStringLiteral("--fail-rate"), QStringLiteral("0.2"), QStringLiteral("--rate-limit-every"),
                               QStringLiteral("9"), QStringLiteral("--truncate-rate"), QStringLiteral("0.1"),
                               QStringLiteral("--drop-rate"), QStringLiteral("0.05"), QStringLiteral("--fault-seed"), QStringLiteral("3")},
                              &error), qPrintable(error));
        TempStore a, b;
        const SyncResult ra = runSync(a.db(), clean.address(), clean.token());
        const SyncResult rb = runSync(b.db(), faulty.address(), faulty.token());
        QVERIFY2(ra.status == SyncResult::Status::Ok, qPrintable(message(ra)));
        QVERIFY2(rb.status == SyncResult::Status::Ok, qPrintable(message(rb)));
        compareStores(a.db(), b.db());
    }

    void malformedRecordsAreSetAsideAndTheRestKept()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({QStringLiteral("--malformed"), QStringLiteral("8")}, &error), qPrintable(error));
        TempStore store;
        const SyncResult r = runSync(store.db(), site.address(), site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(message(r)));
        const qint64 quarantined = count(store.db(), QStringLiteral("quarantine"));
        QVERIFY2(quarantined >= 6, qPrintable(QString::number(quarantined)));
        QCOMPARE(count(store.db(), QStringLiteral("quarantine"), QStringLiteral("reason = '' OR raw_json = ''")), 0);
        qint64 listed = 0, stored = 0;
        for (const QString &c : {QStringLiteral("products"), QStringLiteral("customers"), QStringLiteral("orders"),
                                 QStringLiteral("sessions"), QStringLiteral("events"), QStringLiteral("commissions")}) {
            listed += site.listAll(c).size();
            stored += count(store.db(), c);
        }
        QCOMPARE(stored + quarantined, listed);
        // A second sync does not duplicate quarantine entries.
        QVERIFY(runSync(store.db(), site.address(), site.token(), true).status == SyncResult::Status::Ok);
        QCOMPARE(count(store.db(), QStringLiteral("quarantine")), quarantined);
    }

    void cancelledSyncResumesWithoutGapsOrDuplicates()
    {
        // Cancelled once the fifth page is stored (a page hook, so no slowed site is needed).
        TempStore reference, interrupted;
        QVERIFY(runSync(reference.db(), m_site.address(), m_site.token(), true).status ==
                SyncResult::Status::Ok);
        // One cursor chain per collection here; cancelledPartitionedSyncResumesEveryPart does parts.
        SyncEngine::Options chained = testSyncOptions(m_site.address(), m_site.token(), false, 100);
        chained.partitions = 1;
        const SyncResult first = runSyncWith(interrupted.db(), chained, [](SyncEngine &e) { cancelAfterPages(e, 5); });
        QCOMPARE(first.status, SyncResult::Status::Cancelled);
        QVERIFY(count(interrupted.db(), QStringLiteral("events")) < count(reference.db(), QStringLiteral("events")));
        const SyncResult second = runSync(interrupted.db(), m_site.address(), m_site.token());
        QVERIFY2(second.status == SyncResult::Status::Ok, qPrintable(message(second)));
        compareStores(reference.db(), interrupted.db());
    }

    void firstSyncBuildsTheIndexesItSetAside()
    {
        // A first sync loads sessions and events without their secondary indexes and builds them
        // when it ends, cancelled or not: the store then has the indexes a new one has.
        TempStore fresh;
        const QStringList expected = secondaryIndexes(fresh.db());
        QVERIFY(expected.contains(QStringLiteral("events_session")));
        for (const bool cancel : {true, false}) {
            TempStore store;
            // Each table's indexes while its pages come, and every index noted meanwhile.
            struct Watch : PageApplier::Observer
            {
                QStringList present;
                QSet<QString> deferred;
                bool pageApplied(Database &db, const ParsedPage &page, QString *) override
                {
                    const QString table = page.collection == Collection::Events
                                              ? QStringLiteral("events_")
                                              : QStringLiteral("sessions_");
                    if (page.collection != Collection::Events &&
                        page.collection != Collection::Sessions)
                        return true;
                    for (const QString &index : secondaryIndexes(db))
                        if (index.startsWith(table))
                            present << index;
                    for (const QString &index : TempStore::deferredIndexes(db))
                        deferred.insert(index);
                    return true;
                }
            } watch;
            const SyncResult r =
                runSyncWith(store.db(), testSyncOptions(m_site.address(), m_site.token()),
                            [&](SyncEngine &engine) {
                                engine.applier().addObserver(&watch);
                                if (cancel)
                                    cancelWhenStored(engine, [](const ParsedPage &page) {
                                        return page.collection == Collection::Events;
                                    });
                            });
            QCOMPARE(r.status, cancel ? SyncResult::Status::Cancelled : SyncResult::Status::Ok);
            QVERIFY(count(store.db(), QStringLiteral("events")) > 0);
            QVERIFY2(watch.present.isEmpty(), qPrintable(watch.present.join(u',')));
            QVERIFY(!watch.deferred.isEmpty());
            if (!cancel) {
                QStringList noted = watch.deferred.values();
                noted.sort();
                QCOMPARE(noted, expected);
            }
            QCOMPARE(secondaryIndexes(store.db()), expected);
            QVERIFY(TempStore::deferredIndexes(store.db()).isEmpty());
        }
    }

    void indexesThatCannotBeBuiltFailTheSync()
    {
        // The records are kept; the sync says what failed.
        TempStore store;
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO deferred_indexes (name, definition) VALUES "
                                      "('broken', 'CREATE INDEX broken ON no_such_table (x)')")));
        const SyncResult r = runSync(store.db(), m_site.address(), m_site.token());
        QCOMPARE(r.status, SyncResult::Status::Failed);
        QCOMPARE(r.failure, SyncResult::Failure::Store);
        QVERIFY2(r.error.contains(QStringLiteral("indexes")) &&
                     r.error.contains(QStringLiteral("no_such_table")),
                 qPrintable(r.error));
        QCOMPARE(count(store.db(), QStringLiteral("events")),
                 qint64(m_site.listAll(QStringLiteral("events")).size()));
        QCOMPARE(TempStore::deferredIndexes(store.db()), QStringList{QStringLiteral("broken")});
    }

    void partitionedListingEqualsOneChain()
    {
        // The site splits the big collections into parts listed side by side; the result must be
        // exactly what one cursor chain per collection gives.
        TempStore chained, split;
        SyncEngine::Options one = testSyncOptions(m_site.address(), m_site.token(), false, 700);
        one.partitions = 1;
        const SyncResult a = runSyncWith(chained.db(), one);
        SyncEngine::Options four = one;
        four.partitions = 4;
        const SyncResult b = runSyncWith(split.db(), four);
        QVERIFY2(a.status == SyncResult::Status::Ok, qPrintable(message(a)));
        QVERIFY2(b.status == SyncResult::Status::Ok, qPrintable(message(b)));
        compareStores(chained.db(), split.db());
        // The split was used: each part pages on its own (pages of 700 per part, not per chain).
        const qint64 events = count(split.db(), QStringLiteral("events"));
        qint64 partPages = 0;
        const QJsonArray parts = QJsonDocument::fromJson(m_site.apiGet(QStringLiteral("partitions/events?count=4")))
                                     .object().value(QLatin1String("partitions")).toArray();
        QCOMPARE(parts.size(), 4);
        for (const QJsonValue &p : parts)
            partPages += (p.toObject().value(QLatin1String("records")).toInt() + 699) / 700;
        QVERIFY(partPages != (events + 699) / 700);
        QCOMPARE(a.progress.collections.value(QStringLiteral("events")).pages, (events + 699) / 700);
        QCOMPARE(b.progress.collections.value(QStringLiteral("events")).pages, partPages);
        QCOMPARE(count(split.db(), QStringLiteral("sync_partitions")), 0); // nothing left over
        // The next sync is incremental from the token the parts ended with.
        const SyncResult again = runSyncWith(split.db(), four);
        QVERIFY2(again.status == SyncResult::Status::Ok, qPrintable(message(again)));
        QVERIFY(!again.progress.collections.value(QStringLiteral("events")).fullListing);
        QCOMPARE(again.progress.collections.value(QStringLiteral("events")).received, 0);
    }

    void cancelledPartitionedSyncResumesEveryPart()
    {
        // Cancelled as soon as a page of events is stored (a page hook, not a slowed site).
        TempStore reference, interrupted;
        SyncEngine::Options options = testSyncOptions(m_site.address(), m_site.token());
        options.partitions = 4;
        QVERIFY(runSyncWith(reference.db(), options).status == SyncResult::Status::Ok);
        auto cancelOnceEventsArrive = [](SyncEngine &engine) {
            cancelWhenStored(engine, [](const ParsedPage &page) {
                return page.collection == Collection::Events;
            });
        };
        const SyncResult first = runSyncWith(interrupted.db(), options, cancelOnceEventsArrive);
        QCOMPARE(first.status, SyncResult::Status::Cancelled);
        // Each part's cursor was committed with its pages: some parts are under way.
        QCOMPARE(count(interrupted.db(), QStringLiteral("sync_partitions"), QStringLiteral("collection = 'events'")), 4);
        QVERIFY(count(interrupted.db(), QStringLiteral("sync_partitions"), QStringLiteral("collection = 'events' AND done = 0")) > 0);
        QVERIFY(count(interrupted.db(), QStringLiteral("events")) < count(reference.db(), QStringLiteral("events")));
        // Resume with the parts as committed (another cancel on the way, then to the end).
        const SyncResult second = runSyncWith(interrupted.db(), options, cancelOnceEventsArrive);
        QCOMPARE(second.status, SyncResult::Status::Cancelled);
        const SyncResult third = runSyncWith(interrupted.db(), options);
        QVERIFY2(third.status == SyncResult::Status::Ok, qPrintable(message(third)));
        QVERIFY(third.progress.collections.value(QStringLiteral("events")).fullListing);
        compareStores(reference.db(), interrupted.db());
        QCOMPARE(count(interrupted.db(), QStringLiteral("sync_partitions")), 0);
    }

    void siteWithoutPartitionsIsListedInOneChain()
    {
        // A site from before the partition endpoint answers it 404: one chain per collection.
        SiteProcess older;
        QString error;
        QVERIFY2(older.start({QStringLiteral("--no-partitions")}, &error), qPrintable(error));
        TempStore reference, store;
        SyncEngine::Options one = testSyncOptions(older.address(), older.token());
        one.partitions = 1;
        const SyncResult a = runSyncWith(reference.db(), one);
        QVERIFY2(a.status == SyncResult::Status::Ok, qPrintable(message(a)));
        SyncEngine::Options four = one;
        four.partitions = 4;
        const SyncResult b = runSyncWith(store.db(), four);
        QVERIFY2(b.status == SyncResult::Status::Ok, qPrintable(message(b)));
        compareStores(reference.db(), store.db());
        QCOMPARE(b.progress.collections.value(QStringLiteral("events")).pages,
                 a.progress.collections.value(QStringLiteral("events")).pages);
    }

    void wrongTokenIsReportedAsSuch()
    {
        TempStore store;
        const SyncResult r = runSync(store.db(), m_site.address(), "not-the-token");
        QCOMPARE(r.status, SyncResult::Status::Failed);
        QCOMPARE(r.failure, SyncResult::Failure::Unauthorized);
        QCOMPARE(count(store.db(), QStringLiteral("products")), 0);
    }

    void unreachableSiteIsReportedAsSuch()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        TempStore store;
        const SyncResult r = runSync(store.db(), QStringLiteral("http://127.0.0.1:%1").arg(port), "t");
        QCOMPARE(r.status, SyncResult::Status::Failed);
        QCOMPARE(r.failure, SyncResult::Failure::Unreachable);
    }

    void plainHttpOnlyToLoopback()
    {
        TempStore store;
        const SyncResult r = runSync(store.db(), QStringLiteral("http://shop.example.cn"), "t");
        QCOMPARE(r.failure, SyncResult::Failure::BadAddress);
        const SyncResult r2 = runSync(store.db(), QStringLiteral("ftp://shop.example.cn"), "t");
        QCOMPARE(r2.failure, SyncResult::Failure::BadAddress);
    }

private:
    SiteProcess m_site;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
