#include "SiteProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrl>

// The reference site's partitioned listing (GET /partitions/{collection}, docs/openapi.yaml): the
// parts' pages together are exactly one full listing, the parts are disjoint, and each part ends
// with the same sync token.
class TestSitePartitions : public QObject
{
    Q_OBJECT

    struct Listing
    {
        QStringList ids;
        QString syncToken;
        bool ok = false;
    };

    // Follows one part's chain from its first cursor to its last page.
    Listing listPart(const QString &collection, const QString &cursor)
    {
        Listing out;
        QString next = cursor;
        for (int guard = 0; guard < 10000 && !next.isEmpty(); ++guard) {
            int status = 0;
            const QByteArray body = m_site.apiGet(
                QStringLiteral("%1?limit=150&cursor=%2")
                    .arg(collection, QString::fromLatin1(QUrl::toPercentEncoding(next))),
                &status);
            if (status != 200)
                return out;
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            for (const QJsonValue &r : page.value(QLatin1String("data")).toArray())
                out.ids << r.toObject().value(QLatin1String("id")).toString();
            next = page.value(QLatin1String("next_cursor")).toString();
            out.syncToken = page.value(QLatin1String("sync_token")).toString();
        }
        out.ok = next.isEmpty() && !out.syncToken.isEmpty();
        return out;
    }

    SiteProcess m_site;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
    }

    void partsTogetherAreOneFullListing_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<int>("wanted");
        QTest::newRow("events in 4") << QStringLiteral("events") << 4;
        QTest::newRow("events in 7") << QStringLiteral("events") << 7;
        QTest::newRow("sessions in 3") << QStringLiteral("sessions") << 3;
        QTest::newRow("orders in 2 (records change)") << QStringLiteral("orders") << 2;
        QTest::newRow("products (small)") << QStringLiteral("products") << 16;
    }

    void partsTogetherAreOneFullListing()
    {
        QFETCH(QString, collection);
        QFETCH(int, wanted);
        int status = 0;
        const QByteArray body = m_site.apiGet(
            QStringLiteral("partitions/%1?count=%2").arg(collection).arg(wanted), &status);
        QCOMPARE(status, 200);
        const QJsonArray parts =
            QJsonDocument::fromJson(body).object().value(QLatin1String("partitions")).toArray();
        QVERIFY(!parts.isEmpty());
        QVERIFY(parts.size() <= wanted);

        QStringList all;
        QSet<QString> tokens;
        for (const QJsonValue &p : parts) {
            const Listing part =
                listPart(collection, p.toObject().value(QLatin1String("cursor")).toString());
            QVERIFY2(part.ok, qPrintable(collection));
            QCOMPARE(qsizetype(p.toObject().value(QLatin1String("records")).toInt()),
                     part.ids.size());
            all << part.ids;
            tokens.insert(part.syncToken);
        }
        QCOMPARE(tokens.size(), 1); // one snapshot
        QStringList full;
        for (const QJsonObject &r : m_site.listAll(collection))
            full << r.value(QLatin1String("id")).toString();
        QCOMPARE(all, full); // same records, same order, none twice
        if (collection == QLatin1String("events"))
            QCOMPARE(parts.size(), wanted); // big enough to be split as asked
        if (collection == QLatin1String("products"))
            QCOMPARE(parts.size(), 1); // too small to be worth splitting
    }

    void badCountIsRejected()
    {
        for (const char *count : {"0", "17", "x"}) {
            int status = 0;
            m_site.apiGet(QStringLiteral("partitions/events?count=%1").arg(QLatin1String(count)),
                          &status);
            QCOMPARE(status, 400);
        }
        int status = 0;
        m_site.apiGet(QStringLiteral("partitions/nonsense?count=2"), &status);
        QCOMPARE(status, 404);
    }

    void siteWithoutTheEndpointAnswers404()
    {
        SiteProcess older;
        QString error;
        QVERIFY2(older.start({QStringLiteral("--no-partitions")}, &error), qPrintable(error));
        int status = 0;
        older.apiGet(QStringLiteral("partitions/events?count=4"), &status);
        QCOMPARE(status, 404);
        older.apiGet(QStringLiteral("events?limit=5"), &status);
        QCOMPARE(status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSitePartitions)
#include "tst_sitepartitions.moc"
