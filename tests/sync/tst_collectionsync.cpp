// CollectionSync's reading of a site's answers and its page requests, without a site: the
// partition answer, and the opaque cursors and sync tokens that must go back to the site
// exactly as they came (cases found by tests/fuzz/fuzz_siteanswers).
#include "sync/CollectionSync.h"
#include "sync/SiteClient.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

// What a server that reads queries as HTML forms do (PHP, Node's querystring) gets for `name`.
QString formValue(const QUrl &url, const QString &name)
{
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &item : query.split(QLatin1Char('&'))) {
        if (item.startsWith(name + QLatin1Char('='))) {
            QByteArray value = item.mid(name.size() + 1).toLatin1();
            value.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
        }
    }
    return QStringLiteral("(not sent)");
}

} // namespace

class TestCollectionSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsFromAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("cursors");
        QTest::newRow("two parts")
            << QByteArray(R"({"collection": "events", "partitions": [
            {"cursor": "eXQxLmMuNTRl", "records": 356}, {"cursor": "eXQxLmMuNTRm", "records": 357}]})")
            << QStringList{QStringLiteral("eXQxLmMuNTRl"), QStringLiteral("eXQxLmMuNTRm")};
        QTest::newRow("a part without cursor: one chain")
            << QByteArray(R"({"partitions": [{"cursor": "a"}, {"records": 3}]})") << QStringList();
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList();
        QTest::newRow("not JSON") << QByteArray("{\"partitions\": [") << QStringList();
    }

    void partsFromAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, cursors);
        QStringList got;
        for (const ListingPart &part : CollectionSync::partsFromAnswer(body)) {
            QVERIFY(!part.done);
            got << part.cursor;
        }
        QCOMPARE(got, cursors);
    }

    void cursorsGoBackUnchanged_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("base64url")
            << QStringLiteral("eXQxLmMuNTRlNWFiYzYuZi40LjEuMjAyMy4xNDI1Ljk5OQ");
        QTest::newRow("standard base64") << QStringLiteral("ab+c/d==");
        QTest::newRow("query delimiters") << QStringLiteral("a&b=c#d?e");
        QTest::newRow("percent signs") << QStringLiteral("%41%zz%");
        QTest::newRow("spaces") << QStringLiteral(" a b ");
        QTest::newRow("non-ASCII") << QStringLiteral("游标-ü");
    }

    void cursorsGoBackUnchanged()
    {
        QFETCH(QString, cursor);
        const QUrl url = SiteClient::requestUrl(QUrl(QStringLiteral("https://shop.example.cn/api")),
                                                QStringLiteral("orders"),
                                                CollectionSync::pageQuery(200, cursor, cursor));
        const QUrl received = QUrl::fromEncoded(url.toEncoded());
        const QUrlQuery query(received);
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("200"));
        for (const QString &name : {QStringLiteral("cursor"), QStringLiteral("sync_token")}) {
            QCOMPARE(query.queryItemValue(name, QUrl::FullyDecoded), cursor);
            QCOMPARE(formValue(received, name), cursor);
        }
    }
};

QTEST_GUILESS_MAIN(TestCollectionSync)
#include "tst_collectionsync.moc"
