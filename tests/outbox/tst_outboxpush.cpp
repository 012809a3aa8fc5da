#include "OutboxTestSupport.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "outbox/ConflictResolver.h"
#include "outbox/EditRules.h"
#include "outbox/Outbox.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

// The outbox pushed to a real yutang-site: success, 412 with each resolution, 422, 403 with a
// read-only token, an unreachable site, and a dropped answer retried with the same key.
class TestOutboxPush : public QObject
{
    Q_OBJECT
private:
    static constexpr const char *kReadToken = "read-only-token";

    QJsonObject siteRecord(const QString &collection, const QString &id) const
    {
        return json(m_site.adminGet(QStringLiteral("records/%1/%2").arg(collection, id)));
    }
    qint64 localInt(const QString &sql) { return scalar(m_store->db(), sql).toLongLong(); }
    qint64 queue(Collection kind, const QString &id, const QJsonObject &fields)
    {
        QString error;
        const qint64 seq = Outbox(m_store->db()).queue(kind, id, fields, &error);
        if (!seq)
            qWarning("queue failed: %s", qPrintable(error));
        return seq;
    }
    PushResult push(const QByteArray &token = SiteProcess::kToken)
    {
        return pushOutbox(m_store->db(), m_site.address(), token);
    }
    void touch(const QString &collection, const QString &id, const QJsonObject &fields)
    {
        m_site.adminPost(QStringLiteral("touch/%1/%2").arg(collection, id),
                         QJsonDocument(fields).toJson());
    }

    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_site.start({QStringLiteral("--read-token"), QString::fromLatin1(kReadToken)}, &error),
            qPrintable(error));
        m_store = std::make_unique<TempStore>();
        const SyncResult r = syncWithOutbox(m_store->db(), m_site.address(), m_site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));
    }

    // Every test leaves the outbox empty, so one store synced once serves them all (a sync per
    // test costs seconds on PostgreSQL).
    void cleanup() { QCOMPARE(Outbox(m_store->db()).size(), 0); }

    void pushSendsEditsInOrderAndStoresTheAnswer()
    {
        const qint64 v0 = siteRecord(QStringLiteral("products"), QStringLiteral("p_1"))
                              .value(QLatin1String("version"))
                              .toInteger();
        QVERIFY(queue(Collection::Products, QStringLiteral("p_1"),
                      {{QStringLiteral("price"), 12345}, {QStringLiteral("stock"), 7}}));
        QVERIFY(queue(Collection::Products, QStringLiteral("p_1"),
                      {{QStringLiteral("title"), QStringLiteral("新标题")}}));
        QCOMPARE(localInt(QStringLiteral("SELECT price FROM products WHERE id = 'p_1'")), 12345);

        const PushResult r = push();
        QCOMPARE(r.failure, PushResult::Failure::None);
        QCOMPARE(r.pushed, 2);
        QCOMPARE(r.waiting, 0);
        QCOMPARE(Outbox(m_store->db()).size(), 0);
        const QJsonObject site = siteRecord(QStringLiteral("products"), QStringLiteral("p_1"));
        QCOMPARE(site.value(QLatin1String("price")).toInteger(), 12345);
        QCOMPARE(site.value(QLatin1String("stock")).toInteger(), 7);
        QCOMPARE(site.value(QLatin1String("title")).toString(), QStringLiteral("新标题"));
        QCOMPARE(site.value(QLatin1String("version")).toInteger(),
                 v0 + 2); // the second was rebased, not a conflict
        QCOMPARE(localInt(QStringLiteral("SELECT version FROM products WHERE id = 'p_1'")), v0 + 2);
    }

    void anotherDesktopsEditOfTheSameRecordConflicts()
    {
        // Two desktops on one shared store both edit p_2 from the same version. The first push
        // lands; the second desktop's edit must not be re-based onto it (that would overwrite
        // the first silently) but meet the site's 412 as a conflict.
        qputenv("YUTANG_DESKTOP_ID", "desktop-a");
        QVERIFY(queue(Collection::Products, QStringLiteral("p_2"), {{QStringLiteral("price"), 1111}}));
        qputenv("YUTANG_DESKTOP_ID", "desktop-b");
        const qint64 theirs = queue(Collection::Products, QStringLiteral("p_2"), {{QStringLiteral("price"), 2222}});
        QVERIFY(theirs);
        qunsetenv("YUTANG_DESKTOP_ID");
        const PushResult r = push();
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_2")).value(QLatin1String("price")).toInteger(), 1111);
        const std::optional<OutboxEntry> entry = Outbox(m_store->db()).entry(theirs);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxEntry::State::Conflict);
        QCOMPARE(entry->origin, QStringLiteral("desktop-b"));
        QString error;
        QVERIFY2(Outbox(m_store->db()).discard(theirs, &error), qPrintable(error)); // leave it empty
    }

    void shipAnOrder()
    {
        const QString id =
            scalar(
                m_store->db(),
                QStringLiteral("SELECT id FROM orders WHERE status = 'paid' ORDER BY id LIMIT 1"))
                .toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(queue(Collection::Orders, id,
                      EditRules::shipFields(QStringLiteral("SF"), QStringLiteral("SF000111"))));
        const PushResult r = push();
        QCOMPARE(r.pushed, 1);
        const QJsonObject site = siteRecord(QStringLiteral("orders"), id);
        QCOMPARE(site.value(QLatin1String("status")).toString(), QStringLiteral("shipped"));
        QCOMPARE(site.value(QLatin1String("shipping"))
                     .toObject()
                     .value(QLatin1String("tracking_number"))
                     .toString(),
                 QStringLiteral("SF000111"));
        QCOMPARE(
            scalar(m_store->db(),
                   QStringLiteral("SELECT tracking_number FROM orders WHERE id = '%1'").arg(id))
                .toString(),
            QStringLiteral("SF000111"));
        QCOMPARE(
            scalar(m_store->db(),
                   QStringLiteral("SELECT status FROM order_status_history WHERE order_id = '%1' "
                                  "ORDER BY id DESC LIMIT 1")
                       .arg(id))
                .toString(),
            QStringLiteral("shipped"));
    }

    void conflictKeepMine()
    {
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("p_2"), {{QStringLiteral("price"), 5000}});
        touch(QStringLiteral("products"), QStringLiteral("p_2"), {{QStringLiteral("price"), 111}});
        PushResult r = push();
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.pushed, 0);
        const OutboxEntry e = *Outbox(m_store->db()).entry(seq);
        QCOMPARE(e.state, OutboxEntry::State::Conflict);
        QCOMPARE(e.theirs.value(QLatin1String("price")).toInteger(), 111);
        QCOMPARE(ConflictResolver::theirValues(e).value(QLatin1String("price")).toInteger(), 111);
        QCOMPARE(localInt(QStringLiteral("SELECT price FROM products WHERE id = 'p_2'")),
                 5000); // mine still shown

        QString error;
        QVERIFY2(ConflictResolver(m_store->db()).keepMine(seq, &error), qPrintable(error));
        QCOMPARE(Outbox(m_store->db()).entry(seq)->baseVersion,
                 e.theirs.value(QLatin1String("version")).toInteger());
        r = push();
        QCOMPARE(r.pushed, 1);
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_2"))
                     .value(QLatin1String("price"))
                     .toInteger(),
                 5000);
        QCOMPARE(localInt(QStringLiteral("SELECT price FROM products WHERE id = 'p_2'")), 5000);
    }

    void conflictTakeTheirs()
    {
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("p_3"), {{QStringLiteral("price"), 6000}});
        touch(QStringLiteral("products"), QStringLiteral("p_3"), {{QStringLiteral("price"), 222}});
        QCOMPARE(push().conflicts, 1);
        QString error;
        QVERIFY2(ConflictResolver(m_store->db()).takeTheirs(seq, &error), qPrintable(error));
        QCOMPARE(Outbox(m_store->db()).size(), 0);
        QCOMPARE(localInt(QStringLiteral("SELECT price FROM products WHERE id = 'p_3'")), 222);
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_3"))
                     .value(QLatin1String("price"))
                     .toInteger(),
                 222);
    }

    void conflictMergeFieldByField()
    {
        const qint64 seq = queue(Collection::Products, QStringLiteral("p_4"),
                                 {{QStringLiteral("price"), 7000}, {QStringLiteral("stock"), 5}});
        touch(
            QStringLiteral("products"), QStringLiteral("p_4"),
            {{QStringLiteral("price"), 333}, {QStringLiteral("title"), QStringLiteral("他们的")}});
        QCOMPARE(push().conflicts, 1);
        QString error;
        QVERIFY2(ConflictResolver(m_store->db()).merge(seq, {QStringLiteral("stock")}, &error),
                 qPrintable(error));
        QCOMPARE(localInt(QStringLiteral("SELECT price FROM products WHERE id = 'p_4'")), 333);
        QCOMPARE(localInt(QStringLiteral("SELECT stock FROM products WHERE id = 'p_4'")), 5);
        QCOMPARE(push().pushed, 1);
        const QJsonObject site = siteRecord(QStringLiteral("products"), QStringLiteral("p_4"));
        QCOMPARE(site.value(QLatin1String("price")).toInteger(), 333);
        QCOMPARE(site.value(QLatin1String("stock")).toInteger(), 5);
        QCOMPARE(site.value(QLatin1String("title")).toString(), QStringLiteral("他们的"));
    }

    void rejectedShowsFieldErrors()
    {
        const QString tooLong(201, QLatin1Char('x'));
        const qint64 seq = queue(Collection::Products, QStringLiteral("p_5"),
                                 {{QStringLiteral("title"), tooLong}});
        const qint64 later =
            queue(Collection::Products, QStringLiteral("p_5"), {{QStringLiteral("stock"), 9}});
        const PushResult r = push();
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.pushed, 0); // the later edit of the same record waits behind the rejected one
        const OutboxEntry e = *Outbox(m_store->db()).entry(seq);
        QCOMPARE(e.state, OutboxEntry::State::Rejected);
        QVERIFY(
            e.fieldErrors.value(QLatin1String("title")).toString().contains(QLatin1String("200")));
        QCOMPARE(Outbox(m_store->db()).entry(later)->state, OutboxEntry::State::Pending);
        QCOMPARE(
            scalar(m_store->db(), QStringLiteral("SELECT title FROM products WHERE id = 'p_5'"))
                .toString(),
            tooLong);
        // Discarding it puts the title back and lets the stock edit through.
        QString error;
        QVERIFY2(Outbox(m_store->db()).discard(seq, &error), qPrintable(error));
        QCOMPARE(
            scalar(m_store->db(), QStringLiteral("SELECT title FROM products WHERE id = 'p_5'"))
                .toString(),
            siteRecord(QStringLiteral("products"), QStringLiteral("p_5"))
                .value(QLatin1String("title"))
                .toString());
        QCOMPARE(push().pushed, 1);
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_5"))
                     .value(QLatin1String("stock"))
                     .toInteger(),
                 9);
    }

    void readOnlyTokenKeepsEdits()
    {
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("p_6"), {{QStringLiteral("stock"), 77}});
        PushResult r = push(kReadToken);
        QCOMPARE(r.failure, PushResult::Failure::Forbidden);
        QVERIFY(r.error.contains(QLatin1String("read-only")));
        QCOMPARE(r.waiting, 1);
        QCOMPARE(Outbox(m_store->db()).entry(seq)->state, OutboxEntry::State::Failed);
        QCOMPARE(localInt(QStringLiteral("SELECT stock FROM products WHERE id = 'p_6'")), 77);
        r = push();
        QCOMPARE(r.pushed, 1);
        QCOMPARE(siteRecord(QStringLiteral("products"), QStringLiteral("p_6"))
                     .value(QLatin1String("stock"))
                     .toInteger(),
                 77);
    }

    void unreachableSiteLeavesEditsPending()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("p_7"), {{QStringLiteral("stock"), 1}});
        const PushResult r = pushOutbox(m_store->db(), address, m_site.token());
        QCOMPARE(r.failure, PushResult::Failure::Unreachable);
        QCOMPARE(r.waiting, 1);
        const OutboxEntry e = *Outbox(m_store->db()).entry(seq);
        QCOMPARE(e.state, OutboxEntry::State::Pending);
        QCOMPARE(e.attempts, 1);
        QString error;
        QVERIFY2(Outbox(m_store->db()).discard(seq, &error), qPrintable(error));
    }

    void droppedAnswerIsRetriedWithTheSameKeyAndAppliedOnce()
    {
        const qint64 v0 = siteRecord(QStringLiteral("products"), QStringLiteral("p_8"))
                              .value(QLatin1String("version"))
                              .toInteger();
        const qint64 seq =
            queue(Collection::Products, QStringLiteral("p_8"), {{QStringLiteral("stock"), 888}});
        const QString key = Outbox(m_store->db()).entry(seq)->idempotencyKey;
        // Every answer is lost until the client retries: then the fault is lifted.
        m_site.adminPost(QStringLiteral("faults"), R"({"drop_rate": 1.0})");
        int retries = 0;
        const PushResult r =
            pushOutbox(m_store->db(), m_site.address(), m_site.token(), [&](OutboxPusher &pusher) {
                QObject::connect(&pusher, &OutboxPusher::retrying, &pusher, [&] {
                    if (++retries == 1)
                        m_site.adminPost(QStringLiteral("faults"), R"({"drop_rate": 0})");
                });
            });
        m_site.adminPost(QStringLiteral("faults"), R"({"drop_rate": 0})");
        QCOMPARE(r.pushed, 1);
        QVERIFY(retries >= 1);
        const QJsonObject keys = json(m_site.adminGet(QStringLiteral("stats")))
                                     .value(QLatin1String("idempotency_keys"))
                                     .toObject();
        const QJsonObject stat = keys.value(key).toObject();
        QCOMPARE(stat.value(QLatin1String("applied")).toInteger(), 1);
        QVERIFY(stat.value(QLatin1String("replays")).toInteger() >= 1);
        const QJsonObject site = siteRecord(QStringLiteral("products"), QStringLiteral("p_8"));
        QCOMPARE(site.value(QLatin1String("version")).toInteger(), v0 + 1);
        QCOMPARE(site.value(QLatin1String("stock")).toInteger(), 888);
    }

    void fullSyncKeepsUnpushedEdits()
    {
        QVERIFY(
            queue(Collection::Products, QStringLiteral("p_9"), {{QStringLiteral("price"), 4242}}));
        const SyncResult s = syncWithOutbox(m_store->db(), m_site.address(), m_site.token(), true);
        QVERIFY2(s.status == SyncResult::Status::Ok, qPrintable(s.error));
        QCOMPARE(localInt(QStringLiteral("SELECT price FROM products WHERE id = 'p_9'")), 4242);
        QCOMPARE(Outbox(m_store->db()).size(), 1);
        QCOMPARE(push().pushed, 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxPush)
#include "tst_outboxpush.moc"
