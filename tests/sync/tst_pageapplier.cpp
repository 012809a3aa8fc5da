#include "TempStore.h"
#include "sync/PageApplier.h"
#include "sync/RecordParser.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

namespace {

QByteArray product(const char *id, int price, int version)
{
    return QStringLiteral(
               R"({"id":"%1","title":"茶 %1","price":%2,"stock":5,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":%3})")
        .arg(QLatin1String(id))
        .arg(price)
        .arg(version)
        .toUtf8();
}

ParsedPage page(Collection c, const QList<QByteArray> &records, bool last = true)
{
    QByteArray body = "{\"data\":[";
    for (int i = 0; i < records.size(); ++i)
        body += (i ? "," : "") + records.at(i);
    body += last ? "],\"next_cursor\":null,\"sync_token\":\"tok\"}"
                 : "],\"next_cursor\":\"c\",\"sync_token\":null}";
    ParsedPage p;
    QString error;
    if (!RecordParser::parsePage(c, body, &p, &error))
        qFatal("%s", qPrintable(error));
    return p;
}

QByteArray eventJson(int n)
{
    return QStringLiteral("{\"id\":\"e_%1\",\"session_id\":\"s_1\",\"type\":\"view_page\","
                          "\"at\":\"2026-11-24T09:30:00+08:00\",\"page\":\"/p/%1\"}")
        .arg(n)
        .toUtf8();
}

QByteArray sessionJson(int n)
{
    return QStringLiteral(
               "{\"id\":\"s_%1\",\"visitor_id\":\"v_%1\",\"started_at\":"
               "\"2026-11-24T09:30:00+08:00\",\"landing_url\":\"https://shop.example/\"}")
        .arg(n)
        .toUtf8();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

SyncState state(Collection c, qint64 gen, const QString &cursor = {})
{
    SyncState s;
    s.collection = c;
    s.listingGen = gen;
    s.cursor = cursor;
    s.inListing = !cursor.isEmpty();
    s.fullListing = true;
    return s;
}

class FailingObserver : public PageApplier::Observer
{
public:
    // Refuses every page, or only pages holding the product `refusedId`.
    explicit FailingObserver(const QString &refusedId = {}) : m_refusedId(refusedId) {}
    bool pageApplied(Database &, const ParsedPage &page, QString *error) override
    {
        if (!m_refusedId.isEmpty() &&
            std::none_of(page.products.cbegin(), page.products.cend(),
                         [this](const ProductRecord &p) { return p.id == m_refusedId; }))
            return true;
        *error = QStringLiteral("observer refused");
        return false;
    }

private:
    QString m_refusedId;
};

} // namespace

class TestPageApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestVersionWinsWhateverTheOrder()
    {
        TempStore store;
        PageApplier applier(store.db());
        QString error;
        QVERIFY2(applier.apply(
                     page(Collection::Products, {product("p_1", 100, 3), product("p_1", 50, 2)}),
                     state(Collection::Products, 1), false, &error),
                 qPrintable(error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT price FROM products WHERE id='p_1'")),
                 100);
        QVERIFY(applier.apply(page(Collection::Products, {product("p_1", 70, 4)}),
                              state(Collection::Products, 1), false, &error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT price FROM products WHERE id='p_1'")),
                 70);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 1);
    }

    void completedFullListingDeletesWhatItDidNotContain()
    {
        TempStore store;
        PageApplier applier(store.db());
        QString error;
        QVERIFY(
            applier.apply(page(Collection::Products,
                               {product("p_1", 1, 1), product("p_2", 2, 1), product("p_3", 3, 1)}),
                          state(Collection::Products, 1), true, &error));
        // Second full listing, two pages; p_2 is gone from the site.
        QVERIFY(applier.apply(page(Collection::Products, {product("p_1", 1, 1)}, false),
                              state(Collection::Products, 2, QStringLiteral("c")), false, &error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")),
                 3); // nothing deleted mid-listing
        QVERIFY(applier.apply(page(Collection::Products, {product("p_3", 3, 1)}),
                              state(Collection::Products, 2), true, &error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 2);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products WHERE id='p_2'")),
                 0);
    }

    void deletionMarkersDelete()
    {
        TempStore store;
        PageApplier applier(store.db());
        QString error;
        QVERIFY(
            applier.apply(page(Collection::Products, {product("p_1", 1, 1), product("p_2", 2, 1)}),
                          state(Collection::Products, 1), true, &error));
        QVERIFY(applier.apply(
            page(Collection::Products,
                 {R"({"id":"p_2","deleted":true,"updated_at":"2026-11-25T09:30:00+08:00"})"}),
            state(Collection::Products, 1), false, &error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 1);
    }

    void orderItemsFollowTheNewestOrder()
    {
        TempStore store;
        PageApplier applier(store.db());
        QString error;
        const QByteArray v2 =
            R"({"id":"o_1","number":"YT1","customer_id":"c_1","status":"paid","created_at":"2026-11-24T09:30:00+08:00","paid_at":"2026-11-24T09:31:00+08:00","total":300,"items":[{"product_id":"p_1","title":"a","quantity":1,"unit_price":100},{"product_id":"p_2","title":"b","quantity":2,"unit_price":100}],"updated_at":"2026-11-24T09:31:00+08:00","version":2})";
        const QByteArray v1 =
            R"({"id":"o_1","number":"YT1","customer_id":"c_1","status":"pending","created_at":"2026-11-24T09:30:00+08:00","total":100,"items":[{"product_id":"p_1","title":"a","quantity":1,"unit_price":100}],"updated_at":"2026-11-24T09:30:00+08:00","version":1})";
        QVERIFY2(applier.apply(page(Collection::Orders, {v2, v1}), state(Collection::Orders, 1),
                               true, &error),
                 qPrintable(error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT total FROM orders")), 300);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM order_items")), 2);
        QCOMPARE(scalar(store.db(),
                        QStringLiteral("SELECT SUM(quantity * unit_price) FROM order_items")),
                 300);
        // Deleting the order takes its items along (foreign key cascade).
        QVERIFY(applier.apply(page(Collection::Orders, {R"({"id":"o_1","deleted":true})"}),
                              state(Collection::Orders, 1), false, &error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM order_items")), 0);
    }

    void bigPagesWithRepeatsMatchOneRecordAtATime()
    {
        // Records go in as multi-row statements of up to 100 distinct records; a record the page
        // repeats must still end as if applied one after the other.
        TempStore store;
        PageApplier applier(store.db());
        QString error;
        auto order = [](int n, int version, int items) {
            QString lines;
            for (int i = 0; i < items; ++i)
                lines += QStringLiteral(
                             R"(%1{"product_id":"p_%2","title":"t","quantity":1,"unit_price":%3})")
                             .arg(i ? QStringLiteral(",") : QString())
                             .arg(i)
                             .arg(100 * version);
            return QStringLiteral(
                       R"({"id":"o_%1","number":"YT%1","customer_id":"c_1","status":"paid","created_at":"2026-11-24T09:30:00+08:00","total":%2,"items":[%3],"updated_at":"2026-11-24T09:31:00+08:00","version":%4})")
                .arg(n)
                .arg(100 * version * items)
                .arg(lines)
                .arg(version)
                .toUtf8();
        };
        QList<QByteArray> orders, products;
        for (int n = 0; n < 250; ++n) {
            orders << order(n, 1, 2);
            products << product(qPrintable(QStringLiteral("p_%1").arg(n)), n, 1);
        }
        orders << order(5, 3, 1) << order(7, 1, 3)
               << order(5, 2, 4); // o_5 v3 wins; o_7 same version: last copy
        products << product("p_5", 9999, 2) << product("p_5", 1, 1);
        QVERIFY2(applier.apply(page(Collection::Orders, orders), state(Collection::Orders, 1), true,
                               &error),
                 qPrintable(error));
        QVERIFY2(applier.apply(page(Collection::Products, products), state(Collection::Products, 1),
                               true, &error),
                 qPrintable(error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 250);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT version FROM orders WHERE id='o_5'")),
                 3);
        QCOMPARE(scalar(store.db(),
                        QStringLiteral("SELECT COUNT(*) FROM order_items WHERE order_id='o_5'")),
                 1);
        QCOMPARE(
            scalar(store.db(),
                   QStringLiteral("SELECT SUM(unit_price) FROM order_items WHERE order_id='o_5'")),
            300);
        QCOMPARE(scalar(store.db(),
                        QStringLiteral("SELECT COUNT(*) FROM order_items WHERE order_id='o_7'")),
                 3);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM order_items")),
                 248 * 2 + 1 + 3);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 250);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT price FROM products WHERE id='p_5'")),
                 9999);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT SUM(price) FROM products")),
                 249 * 250 / 2 - 5 + 9999);
    }

    void storedSessionsAndEventsSentAgainAreKept()
    {
        // On PostgreSQL sessions and events are inserted (COPY) as they come; one sent again
        // meets its stored copy, and the page is then written as an upsert, as SQLite always
        // writes them: nothing fails or doubles, and listing_gen moves on (a full listing that
        // sent it again keeps it).
        TempStore store;
        QString error;
        {
            PageApplier applier(store.db());
            QVERIFY2(applier.apply(page(Collection::Events, {eventJson(1), eventJson(2)}),
                                   state(Collection::Events, 1), false, &error),
                     qPrintable(error));
            QVERIFY2(applier.apply(page(Collection::Sessions, {sessionJson(1)}),
                                   state(Collection::Sessions, 1), false, &error),
                     qPrintable(error));
        }
        PageApplier applier(store.db());
        applier.setPagesPerCommit(3);
        auto apply = [&](Collection c, const QList<QByteArray> &records, const char *cursor) {
            const bool last = cursor == nullptr;
            return applier.apply(page(c, records, last),
                                 state(c, 2, last ? QString() : QString::fromLatin1(cursor)), false,
                                 &error);
        };
        // A new event first, then a page that repeats one (a savepoint of the group), then one
        // that repeats none; the first page of the next group repeats one too.
        QVERIFY2(apply(Collection::Events, {eventJson(3)}, "cursor-1"), qPrintable(error));
        QVERIFY2(apply(Collection::Events, {eventJson(2), eventJson(4)}, "cursor-2"),
                 qPrintable(error));
        QVERIFY2(apply(Collection::Events, {eventJson(5)}, "cursor-3"), qPrintable(error));
        QVERIFY(!applier.hasPending());
        QVERIFY2(apply(Collection::Events, {eventJson(1), eventJson(6)}, nullptr),
                 qPrintable(error));
        QVERIFY2(apply(Collection::Sessions, {sessionJson(1), sessionJson(2)}, nullptr),
                 qPrintable(error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM events")), 6);
        QCOMPARE(
            scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE listing_gen = 2")),
            6);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM sessions")), 2);
        QCOMPARE(
            scalar(store.db(), QStringLiteral("SELECT listing_gen FROM sessions WHERE id = 's_1'")),
            2);
        QCOMPARE(SyncState::load(store.db(), Collection::Events).cursor, QString());
    }

    void quarantineIsClearedByAGoodCopy()
    {
        TempStore store;
        PageApplier applier(store.db());
        QString error;
        QVERIFY(applier.apply(
            page(
                Collection::Products,
                {product("p_1", 1, 1),
                 R"({"id":"p_9","title":"x","price":"lots","stock":1,"status":"active","updated_at":"2026-11-24T09:30:00+08:00","version":1})"}),
            state(Collection::Products, 1), false, &error));
        QCOMPARE(scalar(store.db(),
                        QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE record_id='p_9'")),
                 1);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 1);
        PageApplier fresh(store.db()); // as in the next sync run
        QVERIFY(fresh.apply(page(Collection::Products, {product("p_9", 5, 2)}),
                            state(Collection::Products, 1), false, &error));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT price FROM products WHERE id='p_9'")),
                 5);
    }

    void aFailedPageLeavesNoTraceAndKeepsTheCursor()
    {
        TempStore store;
        QString error;
        {
            PageApplier applier(store.db());
            QVERIFY(applier.apply(page(Collection::Products, {product("p_1", 1, 1)}, false),
                                  state(Collection::Products, 1, QStringLiteral("cursor-1")), false,
                                  &error));
        }
        PageApplier applier(store.db());
        FailingObserver observer;
        applier.addObserver(&observer);
        QVERIFY(!applier.apply(page(Collection::Products, {product("p_2", 2, 1)}, false),
                               state(Collection::Products, 1, QStringLiteral("cursor-2")), false,
                               &error));
        QCOMPARE(error, QStringLiteral("observer refused"));
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 1);
        QCOMPARE(SyncState::load(store.db(), Collection::Products).cursor,
                 QStringLiteral("cursor-1"));
    }

    void groupedPagesCommitTogetherAndAFailedOneKeepsTheOthers()
    {
        TempStore store;
        PageApplier applier(store.db());
        FailingObserver observer(QStringLiteral("p_bad"));
        applier.addObserver(&observer);
        applier.setPagesPerCommit(3);
        QString error;
        auto apply = [&](const char *id, const char *cursor, bool last = false) {
            return applier.apply(
                page(Collection::Products, {product(id, 1, 1)}, last),
                state(Collection::Products, 1, last ? QString() : QString::fromLatin1(cursor)),
                false, &error);
        };
        QVERIFY2(apply("p_1", "cursor-1"), qPrintable(error));
        QVERIFY(applier.hasPending());
        QVERIFY2(apply("p_2", "cursor-2"), qPrintable(error));
        QVERIFY(applier.hasPending());
        // The third page would fill the group; it fails, and only it goes.
        QVERIFY(!apply("p_bad", "cursor-3"));
        QCOMPARE(error, QStringLiteral("observer refused"));
        QVERIFY(!applier.hasPending());
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 2);
        QCOMPARE(SyncState::load(store.db(), Collection::Products).cursor,
                 QStringLiteral("cursor-2"));

        // Three pages make a group; a listing's last page commits a smaller one.
        QVERIFY2(apply("p_3", "cursor-3"), qPrintable(error));
        QVERIFY2(apply("p_4", "cursor-4"), qPrintable(error));
        QVERIFY2(apply("p_5", "cursor-5"), qPrintable(error));
        QVERIFY(!applier.hasPending());
        QVERIFY2(apply("p_6", "cursor-6"), qPrintable(error));
        QVERIFY(applier.hasPending());
        QVERIFY2(apply("p_7", nullptr, true), qPrintable(error));
        QVERIFY(!applier.hasPending());
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM products")), 7);
        QVERIFY(SyncState::load(store.db(), Collection::Products).cursor.isEmpty());

        // What is pending is committed on request.
        QVERIFY2(apply("p_8", "cursor-8"), qPrintable(error));
        QVERIFY(applier.hasPending());
        QVERIFY2(applier.commitPending(&error), qPrintable(error));
        QVERIFY(!applier.hasPending());
        QCOMPARE(SyncState::load(store.db(), Collection::Products).cursor,
                 QStringLiteral("cursor-8"));
    }
};

QTEST_GUILESS_MAIN(TestPageApplier)
#include "tst_pageapplier.moc"
