// The outbox pushed to yutang-woo-site (fixture small-tea-shop.json) over real HTTP with
// OAuth 1.0a: product, variation and order edits, a shipment with its customer note (also when the
// note's request is cut), a conflict, a read-only key and a deleted record. What the shop holds is
// read back through /__admin/dump, not through the code under test.
#include "FlakyProxy.h"
#include "TempStore.h"
#include "WooSiteProcess.h"
#include "WooTestSupport.h"
#include "outbox/EditRules.h"
#include "outbox/Outbox.h"
#include "sites/woocommerce/WooWriter.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace WooTest;

class TestWooWrite : public QObject
{
    Q_OBJECT
private:
    WooSiteProcess m_site;
    std::unique_ptr<TempStore> m_store;
    const QByteArray m_rw = secret("ck_test", "cs_test");
    const QByteArray m_ro = secret("ck_ro", "cs_ro");

    QByteArray dump() const { return m_site.adminGet(QStringLiteral("dump")); }
    QVariant local(const QString &sql)
    {
        QSqlQuery q(m_store->db().connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    qint64 queue(Collection kind, const QString &id, const QJsonObject &fields)
    {
        QString error;
        const qint64 seq = Outbox(m_store->db()).queue(kind, id, fields, &error);
        if (!seq)
            qWarning("queue failed: %s", qPrintable(error));
        return seq;
    }
    PushResult push(const QByteArray &secret, const QString &address = {})
    {
        return WooTest::push(m_store->db(), address.isEmpty() ? m_site.address() : address, secret);
    }
    QJsonArray customerNotes(qint64 orderId) const
    {
        QJsonArray out;
        const QJsonObject order = dumped(dump(), QStringLiteral("orders"), orderId);
        for (const QJsonValue &n : order.value(QLatin1String("_notes")).toArray()) {
            if (n.toObject().value(QLatin1String("customer_note")).toBool())
                out.append(n);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_site.start({QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE),
                          QStringLiteral("--key"), QStringLiteral("ck_test:cs_test:read_write"),
                          QStringLiteral("--key"), QStringLiteral("ck_ro:cs_ro:read")},
                         &error),
            qPrintable(error));
        m_store = std::make_unique<TempStore>();
        const SyncResult r = sync(m_store->db(), m_site.address(), m_rw);
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(local(QStringLiteral("SELECT price FROM products WHERE id = '103'")).toLongLong(),
                 12800);
    }

    // Every test leaves the outbox empty.
    void cleanup() { QCOMPARE(Outbox(m_store->db()).size(), 0); }

    void productAndVariationEditsReachTheShop()
    {
        QVERIFY(queue(Collection::Products, QStringLiteral("103"),
                      {{QStringLiteral("price"), 13950}, {QStringLiteral("stock"), 55}}));
        QVERIFY(queue(Collection::Products, QStringLiteral("101:111"),
                      {{QStringLiteral("price"), 9200}}));
        QVERIFY(queue(Collection::Products, QStringLiteral("104"),
                      {{QStringLiteral("status"), QStringLiteral("draft")}}));

        const PushResult r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(r.waiting, 0);

        const QByteArray shop = dump();
        const QJsonObject p103 = dumped(shop, QStringLiteral("products"), 103);
        QCOMPARE(p103.value(QLatin1String("regular_price")).toString(), QStringLiteral("139.50"));
        QCOMPARE(p103.value(QLatin1String("stock_quantity")).toInt(), 55);
        QCOMPARE(p103.value(QLatin1String("manage_stock")).toBool(), true);
        const QJsonObject v111 = dumped(shop, QStringLiteral("variations"), 111);
        QCOMPARE(v111.value(QLatin1String("regular_price")).toString(), QStringLiteral("92.00"));
        QCOMPARE(v111.value(QLatin1String("stock_quantity")).toInt(), 40); // untouched
        QCOMPARE(
            dumped(shop, QStringLiteral("products"), 104).value(QLatin1String("status")).toString(),
            QStringLiteral("draft"));
        // Untouched records stay as they were.
        QCOMPARE(dumped(shop, QStringLiteral("variations"), 112)
                     .value(QLatin1String("regular_price"))
                     .toString(),
                 QStringLiteral("168.00"));

        // The local copy is the shop's answer, with the shop's date_modified_gmt as version.
        QCOMPARE(local(QStringLiteral("SELECT price FROM products WHERE id = '103'")).toLongLong(),
                 13950);
        QCOMPARE(local(QStringLiteral("SELECT stock FROM products WHERE id = '103'")).toLongLong(),
                 55);
        QCOMPARE(
            local(QStringLiteral("SELECT version FROM products WHERE id = '103'")).toLongLong(),
            gmtMs(p103.value(QLatin1String("date_modified_gmt")).toString()));
        QCOMPARE(
            local(QStringLiteral("SELECT price FROM products WHERE id = '101:111'")).toLongLong(),
            9200);
        QCOMPARE(
            local(QStringLiteral("SELECT version FROM products WHERE id = '101:111'")).toLongLong(),
            gmtMs(v111.value(QLatin1String("date_modified_gmt")).toString()));
        QCOMPARE(local(QStringLiteral("SELECT status FROM products WHERE id = '104'")).toString(),
                 QStringLiteral("draft"));
    }

    void orderStatusEdit()
    {
        // 1009 is processing (paid); it is cancelled.
        QCOMPARE(local(QStringLiteral("SELECT status FROM orders WHERE id = '1009'")).toString(),
                 QStringLiteral("paid"));
        QVERIFY(queue(Collection::Orders, QStringLiteral("1009"),
                      EditRules::statusFields(QStringLiteral("cancelled"))));
        const PushResult r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 1);
        const QJsonObject o = dumped(dump(), QStringLiteral("orders"), 1009);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(local(QStringLiteral("SELECT status FROM orders WHERE id = '1009'")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(local(QStringLiteral("SELECT version FROM orders WHERE id = '1009'")).toLongLong(),
                 gmtMs(o.value(QLatin1String("date_modified_gmt")).toString()));
    }

    void shipmentCompletesTheOrderWithOneCustomerNote()
    {
        QVERIFY(queue(
            Collection::Orders, QStringLiteral("1002"),
            EditRules::shipFields(QStringLiteral("顺丰速运"), QStringLiteral("SF1234567890"))));
        const PushResult r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 1);
        const QJsonObject o = dumped(dump(), QStringLiteral("orders"), 1002);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        const QJsonArray notes = customerNotes(1002);
        QCOMPARE(notes.size(), 1);
        const QString text = notes.first().toObject().value(QLatin1String("note")).toString();
        QVERIFY2(text.contains(QStringLiteral("顺丰速运")) &&
                     text.contains(QStringLiteral("SF1234567890")),
                 qPrintable(text));
        QString metaCarrier, metaTracking;
        for (const QJsonValue &m : o.value(QLatin1String("meta_data")).toArray()) {
            const QString key = m.toObject().value(QLatin1String("key")).toString();
            if (key == QLatin1String("_yutang_carrier"))
                metaCarrier = m.toObject().value(QLatin1String("value")).toString();
            if (key == QLatin1String("_yutang_tracking_number"))
                metaTracking = m.toObject().value(QLatin1String("value")).toString();
        }
        QCOMPARE(metaCarrier, QStringLiteral("顺丰速运"));
        QCOMPARE(metaTracking, QStringLiteral("SF1234567890"));
        QCOMPARE(local(QStringLiteral("SELECT status FROM orders WHERE id = '1002'")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(local(QStringLiteral("SELECT carrier FROM orders WHERE id = '1002'")).toString(),
                 QStringLiteral("顺丰速运"));
        QCOMPARE(local(QStringLiteral("SELECT tracking_number FROM orders WHERE id = '1002'"))
                     .toString(),
                 QStringLiteral("SF1234567890"));
    }

    void shipmentNoteWhoseAnswerIsLostIsNotWrittenTwice()
    {
        FlakyProxy proxy(QUrl(m_site.address()).port());
        QVERIFY(proxy.listen());
        // The note reaches the shop; its answer does not reach Yutang.
        proxy.cutNext("POST", "/orders/1010/notes", 1, FlakyProxy::Cut::AfterServer);
        QVERIFY(queue(Collection::Orders, QStringLiteral("1010"),
                      EditRules::shipFields(QStringLiteral("中通快递"), QStringLiteral("ZT555"))));
        const PushResult r = push(m_rw, proxy.address());
        QVERIFY2(r.failure == PushResult::Failure::None, qPrintable(r.error));
        QCOMPARE(proxy.cutsDone(), 1);
        // Sent once: Qt does not send the POST again by itself when the connection closes
        // before its answer (over HTTPS no OAuth nonce would stop the copy).
        QCOMPARE(proxy.requestsMatching("POST", "/orders/1010/notes"), 1);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(customerNotes(1010).size(), 1);
        QCOMPARE(dumped(dump(), QStringLiteral("orders"), 1010)
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("completed"));
        QCOMPARE(local(QStringLiteral("SELECT tracking_number FROM orders WHERE id = '1010'"))
                     .toString(),
                 QStringLiteral("ZT555"));
    }

    void shipmentWhoseNoteFailedIsFinishedOnTheNextPush()
    {
        FlakyProxy proxy(QUrl(m_site.address()).port());
        QVERIFY(proxy.listen());
        // Every note request of this push is cut before the shop sees it.
        proxy.cutNext("POST", "/orders/1013/notes", 100, FlakyProxy::Cut::BeforeServer);
        const qint64 seq =
            queue(Collection::Orders, QStringLiteral("1013"),
                  EditRules::shipFields(QStringLiteral("圆通速递"), QStringLiteral("YT777")));
        QVERIFY(seq);
        PushResult r = push(m_rw, proxy.address());
        QCOMPARE(r.failure, PushResult::Failure::Unreachable);
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.waiting, 1);
        QVERIFY(proxy.cutsDone() >= 1);
        // The status went through, the note did not; the entry waits.
        QJsonObject o = dumped(dump(), QStringLiteral("orders"), 1013);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        const QString modifiedAfterFirstPush =
            o.value(QLatin1String("date_modified_gmt")).toString();
        QCOMPARE(customerNotes(1013).size(), 0);
        QCOMPARE(Outbox(m_store->db()).entry(seq)->state, OutboxEntry::State::Pending);

        // Next push (the order's version is no longer the edit's base, but the write was ours):
        // the note is sent, the status not written again.
        r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(customerNotes(1013).size(), 1);
        QVERIFY(customerNotes(1013)
                    .first()
                    .toObject()
                    .value(QLatin1String("note"))
                    .toString()
                    .contains(QStringLiteral("YT777")));
        o = dumped(dump(), QStringLiteral("orders"), 1013);
        QCOMPARE(o.value(QLatin1String("date_modified_gmt")).toString(), modifiedAfterFirstPush);
        QCOMPARE(local(QStringLiteral("SELECT status FROM orders WHERE id = '1013'")).toString(),
                 QStringLiteral("completed"));

        // And once more: nothing left, no third note.
        QCOMPARE(push(m_rw).pushed, 0);
        QCOMPARE(customerNotes(1013).size(), 1);
    }

    void changeOnTheShopIsAConflict()
    {
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("105"), {{QStringLiteral("price"), 30000}});
        QVERIFY(seq);
        // Someone changes the price in WooCommerce meanwhile.
        const SiteResponse changed =
            shopSend(m_site.address(), m_rw, "PUT", QStringLiteral("products/105"),
                     {{QStringLiteral("regular_price"), QStringLiteral("270.00")}});
        QVERIFY2(changed.ok(), changed.body.constData());

        const PushResult r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.conflicts, 1);
        const QJsonObject p105 = dumped(dump(), QStringLiteral("products"), 105);
        QCOMPARE(p105.value(QLatin1String("regular_price")).toString(), QStringLiteral("270.00"));
        const OutboxEntry e = *Outbox(m_store->db()).entry(seq);
        QCOMPARE(e.state, OutboxEntry::State::Conflict);
        QCOMPARE(e.theirs.value(QLatin1String("price")).toInteger(), 27000);
        QCOMPARE(e.theirs.value(QLatin1String("id")).toString(), QStringLiteral("105"));
        QCOMPARE(e.theirs.value(QLatin1String("version")).toInteger(),
                 gmtMs(p105.value(QLatin1String("date_modified_gmt")).toString()));
        QString error;
        QVERIFY2(Outbox(m_store->db()).remove(seq, &error), qPrintable(error));
    }

    void readOnlyKeyIsRefusedAndTheEditStaysQueued()
    {
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("106"), {{QStringLiteral("stock"), 5}});
        QVERIFY(seq);
        PushResult r = push(m_ro);
        QCOMPARE(r.failure, PushResult::Failure::Forbidden);
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.waiting, 1);
        QCOMPARE(dumped(dump(), QStringLiteral("products"), 106)
                     .value(QLatin1String("stock_quantity"))
                     .toInt(),
                 20);
        const OutboxEntry e = *Outbox(m_store->db()).entry(seq);
        QCOMPARE(e.state, OutboxEntry::State::Failed);
        QVERIFY2(e.error.contains(QStringLiteral("read-only")) &&
                     e.error.contains(QStringLiteral("WooCommerce key")),
                 qPrintable(e.error));

        // With a key that may write, the same edit goes through later.
        r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(dumped(dump(), QStringLiteral("products"), 106)
                     .value(QLatin1String("stock_quantity"))
                     .toInt(),
                 5);
    }

    void readOnlyKeyWriterSaysSo()
    {
        // The writer's own outcome, below the outbox's wording.
        OutboxEntry entry;
        entry.kind = Collection::Products;
        entry.recordId = QStringLiteral("106");
        entry.fields = {{QStringLiteral("stock"), 6}};
        entry.baseVersion =
            local(QStringLiteral("SELECT version FROM products WHERE id = '106'")).toLongLong();
        WooWriter writer(m_store->db(), SiteConnection{QStringLiteral("woocommerce"),
                                                       m_site.address(), m_ro, quickRetry()});
        WriteOutcome outcome;
        QEventLoop loop;
        writer.write(entry, [&](const WriteOutcome &o) {
            outcome = o;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Refused);
        QVERIFY(outcome.readOnly);
        QCOMPARE(outcome.status, 401);
        QVERIFY2(outcome.message.contains(QStringLiteral("read-only")) &&
                     outcome.message.contains(QStringLiteral("queued")),
                 qPrintable(outcome.message));
    }

    void deletedProductIsRejected()
    {
        const qint64 seq = queue(Collection::Products, QStringLiteral("102:122"),
                                 {{QStringLiteral("price"), 100}});
        QVERIFY(seq);
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        const SiteResponse deleted =
            shopSend(m_site.address(), m_rw, "DELETE",
                     QStringLiteral("products/102/variations/122"), {}, force);
        QVERIFY2(deleted.ok(), deleted.body.constData());

        const PushResult r = push(m_rw);
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.rejected, 1);
        const OutboxEntry e = *Outbox(m_store->db()).entry(seq);
        QCOMPARE(e.state, OutboxEntry::State::Rejected);
        QVERIFY2(e.error.contains(QStringLiteral("no longer exists")), qPrintable(e.error));
        QString error;
        QVERIFY2(Outbox(m_store->db()).remove(seq, &error), qPrintable(error));
    }

    void cleanupTestCase() { QVERIFY(m_site.stop()); }
};

QTEST_GUILESS_MAIN(TestWooWrite)
#include "tst_woowrite.moc"
