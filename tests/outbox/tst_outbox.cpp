#include "FixtureStore.h"
#include "outbox/EditRules.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSyncObserver.h"
#include "session/SyncSession.h"
#include "sync/PageApplier.h"
#include "sync/SyncState.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {
QVariant value(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QJsonObject price(qint64 fen)
{
    return {{QStringLiteral("price"), fen}};
}
} // namespace

// The outbox over a hand-built store, without a site: queueing, validation, undo, persistence,
// and local edits surviving a sync page that rewrites the row. Runs on both backends (tst_outbox,
// tst_outbox_pg).
class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    // An outbox the store cannot read: counts and size say so, and a sync stops with a store
    // failure before it reaches the site, instead of skipping the push without a word.
    void unreadableOutboxIsReported()
    {
        FixtureStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QSqlQuery q(fixture.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_elsewhere")));
        QString error;
        QVERIFY(Outbox(fixture.db()).counts(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QCOMPARE(Outbox(fixture.db()).size(&error), -1);
        QVERIFY(!error.isEmpty());

        SyncSession session(fixture.db());
        QSignalSpy finished(&session, &SyncSession::finished);
        SyncEngine::Options options;
        options.siteAddress = QStringLiteral("http://127.0.0.1:9"); // never asked
        session.start(options);
        QCOMPARE(finished.count(), 1);
        const SyncResult result = finished.at(0).at(0).value<SyncResult>();
        QCOMPARE(result.status, SyncResult::Status::Failed);
        QCOMPARE(result.failure, SyncResult::Failure::Store);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(!session.isRunning());
    }

    void queueAppliesLocallyAndSurvivesReopen()
    {
        FixtureStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QString error;
        const qint64 seq =
            Outbox(fixture.db())
                .queue(Collection::Products, QStringLiteral("p1"),
                       {{QStringLiteral("price"), 18800}, {QStringLiteral("stock"), 40}}, &error);
        QVERIFY2(seq > 0, qPrintable(error));
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT price FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 18800);
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT stock FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 40);
        const OutboxEntry queued = *Outbox(fixture.db()).entry(seq);

        // A second connection opened from scratch (as after a restart) sees the same entry.
        auto reopened =
            Database::open(fixture.db().location(), &error, TempStore::postgresPassword());
        QVERIFY2(reopened, qPrintable(error));
        const QList<OutboxEntry> entries = Outbox(*reopened).entries();
        QCOMPARE(entries.size(), 1);
        const OutboxEntry &e = entries.first();
        QCOMPARE(e.kind, Collection::Products);
        QCOMPARE(e.recordId, QStringLiteral("p1"));
        QCOMPARE(e.baseVersion, 1);
        QCOMPARE(e.state, OutboxEntry::State::Pending);
        QCOMPARE(e.fields.value(QLatin1String("price")).toInteger(), 18800);
        QCOMPARE(e.before.value(QLatin1String("price")).toInteger(), 19900);
        QCOMPARE(e.before.value(QLatin1String("stock")).toInteger(), 42);
        QVERIFY(!QUuid::fromString(e.idempotencyKey).isNull());
        QCOMPARE(e.idempotencyKey, queued.idempotencyKey);
    }

    void validationRefusesBadEdits_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<bool>("accepted");
        const int product = int(Collection::Products), order = int(Collection::Orders);
        QTest::newRow("negative price") << product << "p1" << price(-1) << false;
        QTest::newRow("zero price") << product << "p1" << price(0) << true;
        QTest::newRow("fractional stock")
            << product << "p1" << QJsonObject{{QStringLiteral("stock"), 1.5}} << false;
        QTest::newRow("unknown status")
            << product << "p1" << QJsonObject{{QStringLiteral("status"), QStringLiteral("gone")}}
            << false;
        QTest::newRow("draft") << product << "p1"
                               << QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}
                               << true;
        QTest::newRow("empty title")
            << product << "p1" << QJsonObject{{QStringLiteral("title"), QStringLiteral(" ")}}
            << false;
        QTest::newRow("sku not editable")
            << product << "p1" << QJsonObject{{QStringLiteral("sku"), QStringLiteral("X")}}
            << false;
        QTest::newRow("no such product") << product << "p404" << price(1) << false;
        QTest::newRow("ship paid")
            << order << "o1" << EditRules::shipFields(QStringLiteral("SF"), QStringLiteral("SF1"))
            << true;
        QTest::newRow("ship without tracking")
            << order << "o1" << EditRules::shipFields(QStringLiteral("SF"), QString()) << false;
        QTest::newRow("ship pending")
            << order << "o4" << EditRules::shipFields(QStringLiteral("SF"), QStringLiteral("SF1"))
            << false;
        QTest::newRow("cancel pending")
            << order << "o4" << EditRules::statusFields(QStringLiteral("cancelled")) << true;
        QTest::newRow("complete shipped")
            << order << "o3" << EditRules::statusFields(QStringLiteral("completed")) << true;
        QTest::newRow("cancel shipped")
            << order << "o3" << EditRules::statusFields(QStringLiteral("cancelled")) << false;
        QTest::newRow("cancel refunded")
            << order << "o5" << EditRules::statusFields(QStringLiteral("cancelled")) << false;
    }

    void validationRefusesBadEdits()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QJsonObject, fields);
        QFETCH(bool, accepted);
        FixtureStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QString error;
        const qint64 seq = Outbox(fixture.db()).queue(Collection(kind), id, fields, &error);
        QCOMPARE(seq > 0, accepted);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(Outbox(fixture.db()).size(), accepted ? 1 : 0);
    }

    void discardPutsValuesBackInOrder()
    {
        FixtureStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        Outbox outbox(fixture.db());
        QString error;
        const qint64 first =
            outbox.queue(Collection::Products, QStringLiteral("p1"), price(10000), &error);
        const qint64 second =
            outbox.queue(Collection::Products, QStringLiteral("p1"), price(20000), &error);
        const qint64 stock = outbox.queue(Collection::Products, QStringLiteral("p1"),
                                          {{QStringLiteral("stock"), 7}}, &error);
        QVERIFY2(first && second && stock, qPrintable(error));
        auto localPrice = [&] {
            return value(fixture.db(), QStringLiteral("SELECT price FROM products WHERE id = 'p1'"))
                .toLongLong();
        };
        QCOMPARE(localPrice(), 20000);
        // Taking back the first edit keeps the later one in force.
        QVERIFY2(outbox.discard(first, &error), qPrintable(error));
        QCOMPARE(localPrice(), 20000);
        QVERIFY2(outbox.discard(second, &error), qPrintable(error));
        QCOMPARE(localPrice(), 10000); // the value the second edit replaced
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT stock FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 7);
        QVERIFY2(outbox.discard(stock, &error), qPrintable(error));
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT stock FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 42);
        QCOMPARE(outbox.size(), 0);
    }

    void syncPageKeepsLocalEditsOnTop()
    {
        FixtureStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        QString error;
        QVERIFY(Outbox(fixture.db())
                    .queue(Collection::Products, QStringLiteral("p1"), price(15000), &error));
        QVERIFY(Outbox(fixture.db())
                    .queue(Collection::Orders, QStringLiteral("o1"),
                           EditRules::shipFields(QStringLiteral("YTO"), QStringLiteral("YT9")),
                           &error));

        // The site changed p1's stock and title meanwhile (version 2) and sends it in a sync.
        ParsedPage page;
        page.collection = Collection::Products;
        ProductRecord p;
        p.id = QStringLiteral("p1");
        p.sku = QStringLiteral("LJ-250");
        p.title = QStringLiteral("龙井 250g");
        p.category = QStringLiteral("绿茶");
        p.price = 19900;
        p.stock = 30;
        p.status = QStringLiteral("active");
        p.updatedAt = 1;
        p.version = 2;
        page.products.append(p);
        PageApplier applier(fixture.db());
        OutboxSyncObserver observer;
        applier.addObserver(&observer);
        QVERIFY2(
            applier.apply(page, SyncState::load(fixture.db(), Collection::Products), false, &error),
            qPrintable(error));
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT price FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 15000);
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT stock FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 30);
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT title FROM products WHERE id = 'p1'"))
                     .toString(),
                 QStringLiteral("龙井 250g"));
        QCOMPARE(value(fixture.db(), QStringLiteral("SELECT version FROM products WHERE id = 'p1'"))
                     .toLongLong(),
                 2);
        // The entry still says what it was based on: the push will meet the site's change (412).
        QCOMPARE(Outbox(fixture.db()).entries().first().baseVersion, 1);

        // An order page: the local shipment stays, and the timeline gets no site row for it.
        ParsedPage orders;
        orders.collection = Collection::Orders;
        OrderRecord o;
        o.id = QStringLiteral("o1");
        o.number = QStringLiteral("YT-0001");
        o.status = QStringLiteral("paid");
        o.createdAt = 1;
        o.total = 39800;
        o.updatedAt = 5;
        o.version = 1;
        OrderRecord other = o;
        other.id = QStringLiteral("o2");
        other.number = QStringLiteral("YT-0002");
        other.status = QStringLiteral("completed");
        orders.orders = {o, other};
        QVERIFY2(
            applier.apply(orders, SyncState::load(fixture.db(), Collection::Orders), false, &error),
            qPrintable(error));
        QCOMPARE(value(fixture.db(),
                       QStringLiteral(
                           "SELECT status || ' ' || carrier || ' ' || tracking_number FROM orders "
                           "WHERE id = 'o1'"))
                     .toString(),
                 QStringLiteral("shipped YTO YT9"));
        QCOMPARE(
            value(fixture.db(),
                  QStringLiteral("SELECT COUNT(*) FROM order_status_history WHERE order_id = 'o1'"))
                .toInt(),
            1);
        QCOMPARE(
            value(fixture.db(),
                  QStringLiteral("SELECT source FROM order_status_history WHERE order_id = 'o1'"))
                .toString(),
            QStringLiteral("local"));
        QCOMPARE(
            value(fixture.db(),
                  QStringLiteral(
                      "SELECT status || '@' || at FROM order_status_history WHERE order_id = 'o2'"))
                .toString(),
            QStringLiteral("completed@5"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
