// yutang-woo-site over real HTTP on loopback, loaded with fixtures/small-tea-shop.json (figures in
// fixtures/small-tea-shop.md). OAuth 1.0a requests are signed here by a small signer written from
// RFC 5849 (section 3.4), independently of the server's WooAuthChecker.
#include "WooSiteProcess.h"

#include <QTimeZone>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>
#include <map>

namespace {

using Params = QList<std::pair<QByteArray, QByteArray>>;

struct Answer
{
    int status = 0;
    QJsonDocument json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonArray array() const { return json.array(); }
    QJsonObject object() const { return json.object(); }
    QString code() const { return json.object().value(QLatin1String("code")).toString(); }
    QString message() const { return json.object().value(QLatin1String("message")).toString(); }
};

QByteArray percent(const QByteArray &s)
{
    return s.toPercentEncoding(); // RFC 3986 unreserved characters stay
}

/// RFC 5849 3.4.1: METHOD&url&normalized parameters, HMAC-SHA1 with "secret&" (no token).
QByteArray sign(const QByteArray &method, const QByteArray &url, Params params,
                const QByteArray &secret,
                QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha1)
{
    std::sort(params.begin(), params.end());
    QByteArrayList pairs;
    for (const auto &[k, v] : params)
        pairs.append(percent(k) + '=' + percent(v));
    const QByteArray base = method + '&' + percent(url) + '&' + percent(pairs.join('&'));
    return QMessageAuthenticationCode::hash(base, secret + '&', algorithm).toBase64();
}

QByteArray nonce()
{
    static int n = 0;
    return "n" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "x" +
           QByteArray::number(++n);
}

} // namespace

class TestWooSite : public QObject
{
    Q_OBJECT

private:
    WooSiteProcess m_site;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls; // trusts the test certificate
    QTemporaryDir m_certDir;

    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req(url);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        if (url.scheme() == QLatin1String("https"))
            req.setSslConfiguration(m_tls);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body);
        for (const auto &pair : reply->rawHeaderPairs())
            a.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return a;
    }

    /// A request signed with OAuth 1.0a in the query string, as WooCommerce wants over HTTP.
    Answer oauth(const WooSiteProcess &site, const QByteArray &verb, const QString &path,
                 Params params = {}, const QByteArray &body = {}, qint64 timestamp = 0,
                 const QByteArray &useNonce = {}, const QByteArray &secret = {})
    {
        const QByteArray url = (site.address() + QStringLiteral("/wp-json/wc/v3/") + path).toUtf8();
        params.append(std::pair<QByteArray, QByteArray>("oauth_consumer_key", site.consumerKey()));
        params.append(std::pair<QByteArray, QByteArray>(
            "oauth_timestamp",
            QByteArray::number(timestamp ? timestamp : QDateTime::currentSecsSinceEpoch())));
        params.append(std::pair<QByteArray, QByteArray>("oauth_nonce",
                                                        useNonce.isEmpty() ? nonce() : useNonce));
        params.append(std::pair<QByteArray, QByteArray>("oauth_signature_method", "HMAC-SHA1"));
        const QByteArray signature =
            sign(verb, url, params, secret.isEmpty() ? site.consumerSecret() : secret);
        params.append(std::pair<QByteArray, QByteArray>("oauth_signature", signature));
        QByteArrayList query;
        for (const auto &[k, v] : params)
            query.append(percent(k) + '=' + percent(v));
        return send(verb, QUrl::fromEncoded(url + '?' + query.join('&')), body);
    }

    static QList<qint64> ids(const Answer &a)
    {
        QList<qint64> out;
        for (const QJsonValue &v : a.array())
            out.append(v.toObject().value(QLatin1String("id")).toInteger());
        return out;
    }

    bool startFixture(WooSiteProcess &site, const QStringList &extra = {})
    {
        QString error;
        const bool ok = site.start(
            QStringList{QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE)} + extra, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    bool makeCertificate()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       m_certDir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_certDir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(
            QSslCertificate::fromPath(m_certDir.filePath(QStringLiteral("cert.pem"))));
        return !m_tls.caCertificates().isEmpty();
    }

    QStringList tlsArgs() const
    {
        return {QStringLiteral("--tls-cert"), m_certDir.filePath(QStringLiteral("cert.pem")),
                QStringLiteral("--tls-key"), m_certDir.filePath(QStringLiteral("key.pem"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startFixture(m_site));
        QVERIFY(m_site.address().startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void indexAndSystemStatus()
    {
        const Answer index = send("GET", QUrl(m_site.address() + QStringLiteral("/wp-json/")));
        QCOMPARE(index.status, 200);
        QCOMPARE(index.object().value(QLatin1String("name")).toString(),
                 QStringLiteral("一叶茶舍"));
        QCOMPARE(index.object().value(QLatin1String("timezone_string")).toString(),
                 QStringLiteral("Asia/Shanghai"));
        QVERIFY(index.object()
                    .value(QLatin1String("namespaces"))
                    .toArray()
                    .contains(QStringLiteral("wc/v3")));

        const Answer status = oauth(m_site, "GET", QStringLiteral("system_status"));
        QCOMPARE(status.status, 200);
        const QJsonObject o = status.object();
        QCOMPARE(o.value(QLatin1String("environment"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("9.4.2"));
        const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
        QCOMPARE(settings.value(QLatin1String("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(settings.value(QLatin1String("number_of_decimals")).toInt(), 2);
    }

    void pagingHeadersAndLinks()
    {
        const Answer first = oauth(m_site, "GET", QStringLiteral("orders"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.array().size(), 10);                            // default per_page
        QCOMPARE(first.headers.value("x-wp-total"), QByteArray("14")); // all but the trashed 1014
        QCOMPARE(first.headers.value("x-wp-totalpages"), QByteArray("2"));
        const QByteArray link = first.headers.value("link");
        QVERIFY2(link.contains("page=2>; rel=\"next\""), link.constData());
        QVERIFY(!link.contains("rel=\"prev\""));
        QCOMPARE(ids(first).first(), 1015); // date desc

        const Answer second = oauth(m_site, "GET", QStringLiteral("orders"), {{"page", "2"}});
        QCOMPARE(second.array().size(), 4);
        // The page parameter stays where the request had it (add_query_arg), so the oauth_*
        // parameters of this request follow it, as on a real site.
        QVERIFY(second.headers.value("link").contains("?page=1&oauth_"));
        QVERIFY(second.headers.value("link").contains("rel=\"prev\""));
        QVERIFY(!second.headers.value("link").contains("rel=\"next\""));

        QCOMPARE(
            oauth(m_site, "GET", QStringLiteral("orders"), {{"per_page", "100"}}).array().size(),
            14);
        const Answer tooMany =
            oauth(m_site, "GET", QStringLiteral("orders"), {{"per_page", "101"}});
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.code(), QStringLiteral("rest_invalid_param"));
        const QJsonObject data = tooMany.object().value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("status")).toInt(), 400);
        QVERIFY(data.value(QLatin1String("params")).toObject().contains(QLatin1String("per_page")));
    }

    void fieldsAndInclude()
    {
        const Answer trimmed =
            oauth(m_site, "GET", QStringLiteral("orders"), {{"_fields", "id,date_modified_gmt"}});
        QCOMPARE(trimmed.status, 200);
        for (const QJsonValue &v : trimmed.array())
            QCOMPARE(v.toObject().keys(),
                     (QStringList{QStringLiteral("date_modified_gmt"), QStringLiteral("id")}));

        const Answer byInclude = oauth(m_site, "GET", QStringLiteral("orders"),
                                       {{"include", "1005,1001,1003"}, {"orderby", "include"}});
        QCOMPARE(ids(byInclude), (QList<qint64>{1005, 1001, 1003}));
        const Answer byDate =
            oauth(m_site, "GET", QStringLiteral("orders"), {{"include", "1005,1001,1003"}});
        QCOMPARE(ids(byDate), (QList<qint64>{1005, 1003, 1001}));
    }

    void orderbyModifiedAscending()
    {
        const Answer a = oauth(m_site, "GET", QStringLiteral("orders"),
                               {{"orderby", "modified"}, {"order", "asc"}, {"per_page", "100"}});
        QCOMPARE(a.status, 200);
        QString previous;
        qint64 previousId = 0;
        for (const QJsonValue &v : a.array()) {
            const QString m = v.toObject().value(QLatin1String("date_modified_gmt")).toString();
            const qint64 id = v.toObject().value(QLatin1String("id")).toInteger();
            QVERIFY(previous < m || (previous == m && previousId < id));
            previous = m;
            previousId = id;
        }
    }

    void modifiedAfterGmtOrLocal()
    {
        // 05:30 GMT on 11-20: 1008, 1011, 1012, 1015 were modified later. Read as Shanghai time it
        // is 21:30 GMT on 11-19, and 1007 and 1013 come in too (date-filtering.php's semantics).
        const Answer gmt =
            oauth(m_site, "GET", QStringLiteral("orders"),
                  {{"modified_after", "2026-11-20T05:30:00"}, {"dates_are_gmt", "true"}});
        QCOMPARE(gmt.headers.value("x-wp-total"), QByteArray("4"));
        const Answer local =
            oauth(m_site, "GET", QStringLiteral("orders"),
                  {{"modified_after", "2026-11-20T05:30:00"}, {"dates_are_gmt", "false"}});
        QCOMPARE(local.headers.value("x-wp-total"), QByteArray("6"));
        const Answer badDate =
            oauth(m_site, "GET", QStringLiteral("orders"), {{"after", "yesterday"}});
        QCOMPARE(badDate.status, 400);
        // Customers have no date filters: the parameter is ignored, as WordPress ignores unknown
        // ones.
        const Answer customers = oauth(m_site, "GET", QStringLiteral("customers"),
                                       {{"modified_after", "2030-01-01T00:00:00"}});
        QCOMPARE(customers.headers.value("x-wp-total"), QByteArray("6"));
    }

    void trashAndForceDelete()
    {
        WooSiteProcess site;
        QVERIFY(startFixture(site));
        const Answer trashed = oauth(site, "DELETE", QStringLiteral("orders/1001"));
        QCOMPARE(trashed.status, 200);
        QCOMPARE(trashed.object().value(QLatin1String("status")).toString(),
                 QStringLiteral("trash"));
        QCOMPARE(oauth(site, "GET", QStringLiteral("orders")).headers.value("x-wp-total"),
                 QByteArray("13"));
        const Answer inTrash = oauth(site, "GET", QStringLiteral("orders"), {{"status", "trash"}});
        QCOMPARE(ids(inTrash), (QList<qint64>{1014, 1001}));
        const Answer again = oauth(site, "DELETE", QStringLiteral("orders/1001"));
        QCOMPARE(again.status, 410);
        QCOMPARE(again.code(), QStringLiteral("woocommerce_rest_already_trashed"));

        QCOMPARE(oauth(site, "DELETE", QStringLiteral("orders/1002"), {{"force", "true"}}).status,
                 200);
        const Answer gone = oauth(site, "GET", QStringLiteral("orders/1002"));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.code(), QStringLiteral("woocommerce_rest_shop_order_invalid_id"));
        const QJsonArray deleted = QJsonDocument::fromJson(site.adminGet(QStringLiteral("dump")))
                                       .object()
                                       .value(QLatin1String("deleted"))
                                       .toArray();
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().toObject().value(QLatin1String("id")).toInteger(), 1002);

        const Answer customer = oauth(site, "DELETE", QStringLiteral("customers/2"));
        QCOMPARE(customer.status, 501);
        QCOMPARE(customer.code(), QStringLiteral("woocommerce_rest_trash_not_supported"));
        QCOMPARE(oauth(site, "DELETE", QStringLiteral("customers/2"), {{"force", "true"}}).status,
                 200);

        // A write bumps date_modified to now (second resolution).
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const Answer updated =
            oauth(site, "PUT", QStringLiteral("orders/1003"), {}, R"({"status":"processing"})");
        QCOMPARE(updated.status, 200);
        const QDateTime modified = QDateTime::fromString(
            updated.object().value(QLatin1String("date_modified_gmt")).toString(), Qt::ISODate);
        QVERIFY(QDateTime(modified.date(), modified.time(), QTimeZone::utc()).toSecsSinceEpoch() >= before);
        QVERIFY(!updated.object().value(QLatin1String("date_paid_gmt")).isNull());
    }

    // Listed records are kept as rendered while the shop is unchanged: the same page twice is
    // the same text, and an edit shows in the next listing (with and without _fields).
    void listedRecordsFollowEdits()
    {
        WooSiteProcess site;
        QVERIFY(startFixture(site));
        const Params fields{{"_fields", "id,status,date_modified_gmt"}};
        const Answer first = oauth(site, "GET", QStringLiteral("orders"));
        const Answer firstTrimmed = oauth(site, "GET", QStringLiteral("orders"), fields);
        QCOMPARE(oauth(site, "GET", QStringLiteral("orders")).body, first.body);
        QCOMPARE(oauth(site, "GET", QStringLiteral("orders"), fields).body, firstTrimmed.body);
        auto statusOf = [](const Answer &a, qint64 id) {
            for (const QJsonValue &v : a.array()) {
                if (v.toObject().value(QLatin1String("id")).toInteger() == id)
                    return v.toObject().value(QLatin1String("status")).toString();
            }
            return QString();
        };
        const qint64 id = first.array().first().toObject().value(QLatin1String("id")).toInteger();
        const QString wanted = statusOf(first, id) == QLatin1String("on-hold")
                                   ? QStringLiteral("pending")
                                   : QStringLiteral("on-hold");
        QCOMPARE(oauth(site, "PUT", QStringLiteral("orders/%1").arg(id), {},
                       QStringLiteral(R"({"status":"%1"})").arg(wanted).toUtf8())
                     .status,
                 200);
        QCOMPARE(statusOf(oauth(site, "GET", QStringLiteral("orders")), id), wanted);
        QCOMPARE(statusOf(oauth(site, "GET", QStringLiteral("orders"), fields), id), wanted);
    }

    void onPageHookChangesTheNextPage()
    {
        WooSiteProcess site;
        QVERIFY(startFixture(site));
        const QByteArray hook =
            R"({"collection":"orders","after":1,"actions":[{"op":"delete","id":1003},{"op":"trash","id":1008},{"op":"create"}]})";
        QVERIFY(site.adminPost(QStringLiteral("on-page"), hook).contains("\"ok\":true"));
        const Params q{{"orderby", "id"}, {"order", "asc"}, {"per_page", "5"}};
        const Answer first = oauth(site, "GET", QStringLiteral("orders"), q);
        QCOMPARE(ids(first), (QList<qint64>{1001, 1002, 1003, 1004, 1005}));
        QCOMPARE(first.headers.value("x-wp-total"), QByteArray("14"));
        Params q2 = q;
        q2.append(std::pair<QByteArray, QByteArray>("page", "2"));
        const Answer second = oauth(site, "GET", QStringLiteral("orders"), q2);
        QCOMPARE(ids(second), (QList<qint64>{1007, 1009, 1010, 1011, 1012}));
        QCOMPARE(second.headers.value("x-wp-total"), QByteArray("13"));
    }

    void oauthSignatureTimestampAndNonce()
    {
        QCOMPARE(oauth(m_site, "GET", QStringLiteral("products")).status, 200);

        const Answer wrong =
            oauth(m_site, "GET", QStringLiteral("products"), {}, {}, 0, {}, "not-the-secret");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), QStringLiteral("woocommerce_rest_authentication_error"));
        QCOMPARE(wrong.message(),
                 QStringLiteral("Invalid signature - provided signature does not match."));

        const Answer stale = oauth(m_site, "GET", QStringLiteral("products"), {}, {},
                                   QDateTime::currentSecsSinceEpoch() - 16 * 60);
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.message(), QStringLiteral("Invalid timestamp."));

        const QByteArray once = nonce();
        QCOMPARE(oauth(m_site, "GET", QStringLiteral("products"), {}, {}, 0, once).status, 200);
        const Answer replay = oauth(m_site, "GET", QStringLiteral("products"), {}, {}, 0, once);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.message(), QStringLiteral("Invalid nonce - nonce has already been used."));

        // The same parameters in an "Authorization: OAuth" header.
        const QByteArray url =
            (m_site.address() + QStringLiteral("/wp-json/wc/v3/products")).toUtf8();
        Params p{{"oauth_consumer_key", m_site.consumerKey()},
                 {"oauth_timestamp", QByteArray::number(QDateTime::currentSecsSinceEpoch())},
                 {"oauth_nonce", nonce()},
                 {"oauth_signature_method", "HMAC-SHA256"}};
        const QByteArray sig =
            sign("GET", url, p, m_site.consumerSecret(), QCryptographicHash::Sha256);
        QByteArrayList fields;
        for (const auto &[k, v] : p)
            fields.append(k + "=\"" + percent(v) + '"');
        fields.append("oauth_signature=\"" + percent(sig) + '"');
        const Answer header = send("GET", QUrl::fromEncoded(url), {},
                                   {{"Authorization", "OAuth " + fields.join(", ")}});
        QCOMPARE(header.status, 200);

        const Answer missing =
            send("GET", QUrl(m_site.address() +
                             QStringLiteral("/wp-json/wc/v3/products?oauth_consumer_key=ck_test")));
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.code(),
                 QStringLiteral("woocommerce_rest_authentication_missing_parameter"));
    }

    void basicOverPlainHttpIsNotAnAuthentication()
    {
        const QByteArray basic =
            "Basic " + (m_site.consumerKey() + ':' + m_site.consumerSecret()).toBase64();
        const Answer a =
            send("GET", QUrl(m_site.address() + QStringLiteral("/wp-json/wc/v3/orders")), {},
                 {{"Authorization", basic}});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.code(), QStringLiteral("woocommerce_rest_cannot_view"));
        const Answer keys = send(
            "GET", QUrl(m_site.address() +
                        QStringLiteral(
                            "/wp-json/wc/v3/orders?consumer_key=ck_test&consumer_secret=cs_test")));
        QCOMPARE(keys.status, 401);
    }

    void basicAndQueryKeysOverTls()
    {
        QVERIFY(m_certDir.isValid());
        QVERIFY(makeCertificate());
        WooSiteProcess site;
        QVERIFY(startFixture(site, tlsArgs()));
        QVERIFY(site.address().startsWith(QLatin1String("https://")));
        const QUrl orders(site.address() + QStringLiteral("/wp-json/wc/v3/orders"));
        const QByteArray basic = "Basic " + QByteArray("ck_test:cs_test").toBase64();
        const Answer a = send("GET", orders, {}, {{"Authorization", basic}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("x-wp-total"), QByteArray("14"));
        const Answer q =
            send("GET", QUrl(orders.toString() +
                             QStringLiteral("?consumer_key=ck_test&consumer_secret=cs_test")));
        QCOMPARE(q.status, 200);
        const Answer bad =
            send("GET", orders, {},
                 {{"Authorization", "Basic " + QByteArray("ck_test:nope").toBase64()}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.message(), QStringLiteral("Consumer secret is invalid."));

        WooSiteProcess stripped;
        QVERIFY(startFixture(stripped,
                             tlsArgs() + QStringList{QStringLiteral("--strip-authorization")}));
        const QUrl strippedOrders(stripped.address() + QStringLiteral("/wp-json/wc/v3/orders"));
        QCOMPARE(send("GET", strippedOrders, {}, {{"Authorization", basic}}).status, 401);
        QCOMPARE(send("GET", QUrl(strippedOrders.toString() +
                                  QStringLiteral("?consumer_key=ck_test&consumer_secret=cs_test")))
                     .status,
                 200);
    }

    void readOnlyKeyCannotWrite()
    {
        WooSiteProcess site;
        QVERIFY(startFixture(site, {QStringLiteral("--key"), QStringLiteral("ck_ro:cs_ro:read")}));
        QCOMPARE(oauth(site, "GET", QStringLiteral("products")).status, 200);
        const Answer write = oauth(site, "POST", QStringLiteral("products/batch"), {}, "{}");
        QCOMPARE(write.status, 401);
        QCOMPARE(write.code(), QStringLiteral("woocommerce_rest_authentication_error"));
        QCOMPARE(write.message(),
                 QStringLiteral("The API key provided does not have write permissions."));
        // The same empty batch is a harmless write with a read_write key.
        const Answer ok = oauth(m_site, "POST", QStringLiteral("products/batch"), {}, "{}");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("[]"));
    }

    void errorShape()
    {
        const Answer noRoute = oauth(m_site, "GET", QStringLiteral("no-such-thing"));
        QCOMPARE(noRoute.status, 404);
        QCOMPARE(noRoute.code(), QStringLiteral("rest_no_route"));
        QCOMPARE(noRoute.object()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
                 404);
        const Answer product = oauth(m_site, "GET", QStringLiteral("products/999999"));
        QCOMPARE(product.code(), QStringLiteral("woocommerce_rest_product_invalid_id"));
    }

    void ordersCarryAttributionAndRefunds()
    {
        const QJsonObject o = oauth(m_site, "GET", QStringLiteral("orders/1008")).object();
        QCOMPARE(o.value(QLatin1String("total")).toString(), QStringLiteral("564.00"));
        QCOMPARE(o.value(QLatin1String("refunds"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("total"))
                     .toString(),
                 QStringLiteral("-128.00"));
        QVERIFY(o.value(QLatin1String("line_items"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("price"))
                    .isDouble());
        std::map<QString, QString> meta;
        for (const QJsonValue &m : o.value(QLatin1String("meta_data")).toArray())
            meta[m.toObject().value(QLatin1String("key")).toString()] =
                m.toObject().value(QLatin1String("value")).toString();
        QCOMPARE(meta[QStringLiteral("_wc_order_attribution_source_type")],
                 QStringLiteral("referral"));
        QVERIFY(meta[QStringLiteral("_wc_order_attribution_user_agent")].contains(
            QLatin1String("MicroMessenger")));
        const QJsonArray variations =
            oauth(m_site, "GET", QStringLiteral("products/101/variations")).array();
        QCOMPARE(variations.size(), 3);
        const Answer notes = oauth(m_site, "POST", QStringLiteral("orders/1001/notes"), {},
                                   R"({"note":"已发货","customer_note":true})");
        QCOMPARE(notes.status, 201);
        QCOMPARE(oauth(m_site, "GET", QStringLiteral("orders/1001/notes")).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWooSite)
#include "tst_woosite.moc"
