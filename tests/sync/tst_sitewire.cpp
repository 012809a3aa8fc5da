// yutang-site on the wire, over raw sockets: keep-alive and pipelining, Connection: close, and
// the faults tests rely on (a dropped connection, bodies cut short, delayed replies). These are
// the parts of the site that depend on the Qt HTTP server API (socket in Qt 6.4, responder from
// Qt 6.5), so they are checked byte for byte on every Qt the project builds with.
#include "SiteProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace {

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    qint64 declaredLength = -1;
    QByteArray body;
    bool complete = false; // the whole declared body arrived
};

// A minimal HTTP/1.1 client that sees exactly what the server wrote.
class RawClient
{
public:
    explicit RawClient(const QUrl &site)
    {
        m_socket.connectToHost(site.host(), quint16(site.port()));
        m_connected = m_socket.waitForConnected(10000);
    }

    bool connected() const { return m_connected; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void send(const QByteArray &path, const QByteArray &extraHeaders = {})
    {
        QByteArray request = "GET /api/yutang/v1" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        request += "Authorization: Bearer " + QByteArray(SiteProcess::kToken) + "\r\n";
        request += extraHeaders + "\r\n";
        m_socket.write(request);
        m_socket.flush();
    }

    // The next reply, read until it is complete or the server closed the connection.
    Reply read()
    {
        Reply r;
        for (;;) {
            if (parse(r))
                return r;
            if (!isOpen() && m_socket.bytesAvailable() == 0) {
                // Closed: whatever arrived is what the client gets.
                parse(r, true);
                return r;
            }
            if (!m_socket.waitForReadyRead(10000) && isOpen())
                return r; // nothing in 10 s: the test fails on the empty reply
        }
    }

    // True once the server has closed its end (and everything it sent was read).
    bool waitForClose()
    {
        if (!isOpen())
            return true;
        QSignalSpy closed(&m_socket, &QAbstractSocket::disconnected);
        return closed.wait(10000) || !isOpen();
    }

    qint64 unreadBytes()
    {
        m_buffer += m_socket.readAll();
        return m_buffer.size();
    }

private:
    bool parse(Reply &r, bool atEnd = false)
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        r.declaredLength = r.headers.value("content-length", "-1").toLongLong();
        const qint64 available = m_buffer.size() - (headEnd + 4);
        if (r.declaredLength >= 0 && available >= r.declaredLength) {
            r.body = m_buffer.mid(headEnd + 4, r.declaredLength);
            r.complete = true;
            m_buffer.remove(0, headEnd + 4 + r.declaredLength);
            return true;
        }
        if (atEnd) {
            r.body = m_buffer.mid(headEnd + 4);
            m_buffer.clear();
        }
        return false;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestSiteWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
    }

    void init() { setFaults(R"({"drop_rate":0,"truncate_rate":0,"latency_ms":0,"fault_seed":5})"); }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawClient client(QUrl(m_site.address()));
        QVERIFY(client.connected());
        // Three requests in one write: the answers come back in the order asked.
        client.send("/shop");
        client.send("/products?limit=2");
        client.send("/no-such-endpoint");
        const Reply shop = client.read();
        const Reply products = client.read();
        const Reply missing = client.read();
        QCOMPARE(shop.status, 200);
        QVERIFY(shop.complete);
        QVERIFY(isJson(shop.body));
        QVERIFY(shop.body.contains("\"timezone\""));
        QCOMPARE(shop.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(products.status, 200);
        QVERIFY(isJson(products.body));
        QCOMPARE(QJsonDocument::fromJson(products.body)
                     .object()
                     .value(QLatin1String("data"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(missing.status, 404);
        QVERIFY(isJson(missing.body));
        QVERIFY(client.isOpen()); // keep-alive
    }

    void oneConnectionServesManyRequests()
    {
        RawClient client(QUrl(m_site.address()));
        QVERIFY(client.connected());
        for (int i = 0; i < 300; ++i) {
            client.send("/shop");
            const Reply r = client.read();
            QCOMPARE(r.status, 200);
            QVERIFY(r.complete);
        }
        QVERIFY(client.isOpen());
    }

    void errorRepliesCarryTheirHeaders()
    {
        RawClient client(QUrl(m_site.address()));
        QVERIFY(client.connected());
        client.send("/shop", "Authorization: Bearer wrong\r\n");
        const Reply r = client.read();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Bearer realm=\"yutang\""));
        QVERIFY(isJson(r.body));
    }

    void connectionCloseIsHonoured()
    {
        RawClient client(QUrl(m_site.address()));
        QVERIFY(client.connected());
        client.send("/products?limit=50", "Connection: close\r\n");
        const Reply r = client.read();
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QVERIFY(isJson(r.body));
        QCOMPARE(r.headers.value("connection").toLower(), QByteArray("close"));
        QVERIFY(client.waitForClose());
    }

    void droppedConnectionsGetNoReply()
    {
        setFaults(R"({"drop_rate":1})");
        RawClient client(QUrl(m_site.address()));
        QVERIFY(client.connected());
        client.send("/products?limit=5");
        QVERIFY(client.waitForClose());
        QCOMPARE(client.unreadBytes(), 0);
    }

    void truncatedRepliesAreCutBothWays()
    {
        setFaults(R"({"truncate_rate":1})");
        int shortOnClosed = 0;
        int shortDeclared = 0;
        for (int i = 0; i < 16; ++i) {
            RawClient client(QUrl(m_site.address()));
            QVERIFY(client.connected());
            client.send("/products?limit=20");
            const Reply r = client.read();
            QCOMPARE(r.status, 200);
            QVERIFY(!isJson(r.body));
            if (!r.complete) {
                // Declared in full, half sent, connection closed.
                QVERIFY(r.declaredLength > 0);
                QCOMPARE(r.body.size(), r.declaredLength / 2);
                QVERIFY(client.waitForClose());
                ++shortOnClosed;
            } else {
                // Well-formed HTTP with half the JSON, connection kept.
                QVERIFY(client.isOpen());
                ++shortDeclared;
            }
        }
        QVERIFY2(shortOnClosed > 0 && shortDeclared > 0,
                 qPrintable(QStringLiteral("%1 closed, %2 declared short")
                                .arg(shortOnClosed)
                                .arg(shortDeclared)));
    }

    void delayedRepliesKeepTheirOrder()
    {
        setFaults(R"({"latency_ms":30})");
        RawClient client(QUrl(m_site.address()));
        QVERIFY(client.connected());
        client.send("/products?limit=1");
        client.send("/shop");
        const Reply first = client.read();
        const Reply second = client.read();
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.contains("\"data\""));
        QCOMPARE(second.status, 200);
        QVERIFY(second.body.contains("\"timezone\""));
        QVERIFY(client.isOpen());
    }

    void cleanupTestCase()
    {
        setFaults(R"({"drop_rate":0,"truncate_rate":0,"latency_ms":0})");
        // The site is still healthy after every fault above.
        int status = 0;
        m_site.apiGet(QStringLiteral("shop"), &status);
        QCOMPARE(status, 200);
    }

private:
    void setFaults(const char *json)
    {
        QVERIFY(!m_site.adminPost(QStringLiteral("faults"), QByteArray(json)).isEmpty());
    }

    SiteProcess m_site;
};

QTEST_GUILESS_MAIN(TestSiteWire)
#include "tst_sitewire.moc"
