#include "ApiServer.h"

#include "ConnectionTracker.h"
#include "JsonWriter.h"
#include "RecordNames.h"
#include "ReplyChannel.h"
#include "SiteContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponder>
#endif

namespace {

using Method = QHttpServerRequest::Method;

QByteArray shopJson(const ShopInfo &info)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("id", info.id);
    w.field("name", info.name);
    w.field("currency", info.currency);
    w.field("timezone", info.timezone);
    w.key("commission");
    w.beginObject();
    w.key("rates_bp");
    w.beginArray();
    for (int r : info.ratesBp)
        w.integer(r);
    w.endArray();
    w.endObject();
    w.endObject();
    return out;
}

HttpReply methodNotAllowed(QByteArrayView allow)
{
    HttpReply r = HttpReply::error(405, "method_not_allowed", "This method is not allowed here.");
    r.headers.emplace_back("Allow", allow.toByteArray());
    return r;
}

} // namespace

ApiServer::ApiServer(SiteContext &site, QObject *parent)
    : QAbstractHttpServer(parent), m_site(site), m_admin(site)
{}

ApiServer::~ApiServer()
{
    // Delayed replies and queued releases hold their connection's responder: give them up
    // while the connections, our children, still exist.
    qDeleteAll(findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
    QCoreApplication::removePostedEvents(this);
}

quint16 ApiServer::start(const QHostAddress &host, quint16 port, QString *error)
{
    m_connections = new ConnectionTracker(this);
    if (!m_connections->listen(host, port)) {
        if (error)
            *error = m_connections->errorString();
        return 0;
    }
    bind(m_connections);
    return m_connections->serverPort();
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ReplyChannel channel(socket);
    serve(request, channel);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ReplyChannel(socket).send(HttpReply::error(404, "not_found", "No such endpoint."), false);
}
#else
bool ApiServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ReplyChannel channel(this, std::move(responder),
                         m_connections->socket(request.remoteAddress(), request.remotePort()));
    serve(request, channel);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ReplyChannel(this, std::move(responder),
                 m_connections->socket(request.remoteAddress(), request.remotePort()))
        .send(HttpReply::error(404, "not_found", "No such endpoint."), false);
}
#endif

HttpReply ApiServer::authorize(const QHttpServerRequest &request, bool isWrite) const
{
    const QByteArray auth = request.value("Authorization").trimmed();
    QByteArray token;
    if (auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = auth.mid(7).trimmed();
    HttpReply denied;
    if (token.isEmpty() || (token != m_site.token && token != m_site.readToken)) {
        denied = HttpReply::error(401, "unauthorized",
                                  token.isEmpty() ? "Send Authorization: Bearer <token>."
                                                  : "The token is not valid.");
        denied.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"yutang\"");
    } else if (isWrite && token != m_site.token) {
        denied = HttpReply::error(403, "forbidden", "This token is read-only.");
    }
    return denied;
}

void ApiServer::serve(const QHttpServerRequest &request, ReplyChannel &channel)
{
    ++m_site.requests;
    QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    const bool closeAfter =
        request.value("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    if (!path.startsWith(kBasePath) ||
        (path.size() > kBasePath.size() && path[kBasePath.size()] != '/')) {
        channel.send(HttpReply::error(404, "not_found", "The API lives under /api/yutang/v1."),
                     closeAfter);
        return;
    }
    path = path.mid(kBasePath.size());
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);

    if (path.startsWith("/_admin")) {
        HttpReply reply;
        if (!m_site.adminEnabled)
            reply = HttpReply::error(404, "not_found", "Admin endpoints need --admin.");
        else if (HttpReply denied = authorize(request, false); denied.status != 200)
            reply = denied;
        else
            reply = m_admin.handle(request.method(), path.mid(7), request.query(), request.body());
        channel.send(reply, closeAfter);
        return;
    }

    if (m_site.faults.rateLimit()) {
        HttpReply r = HttpReply::error(429, "rate_limited", "Too many requests; retry later.");
        r.headers.emplace_back("Retry-After", "1");
        send(channel, r, false, closeAfter);
        return;
    }
    bool isListing = false;
    HttpReply reply = route(request, path, isListing);
    if (reply.status == 200 && m_site.faults.fail(isListing))
        reply = HttpReply::error(503, "unavailable", "The site is busy; retry shortly.");
    send(channel, reply, true, closeAfter);
}

HttpReply ApiServer::route(const QHttpServerRequest &request, const QByteArray &path,
                           bool &isListing)
{
    const Method method = request.method();
    const QList<QByteArray> parts = path.mid(1).split('/');
    const bool isWrite = method == Method::Patch;
    if (HttpReply denied = authorize(request, isWrite); denied.status != 200)
        return denied;

    if (path == "/shop") {
        if (method != Method::Get)
            return methodNotAllowed("GET");
        return HttpReply::json(shopJson(m_site.data->info));
    }
    if (parts.value(0) == "partitions") {
        const auto listed = RecordNames::collectionFromName(parts.value(1));
        if (!listed || parts.size() != 2)
            return HttpReply::error(404, "not_found", "No such collection.");
        if (method != Method::Get)
            return methodNotAllowed("GET");
        if (!m_site.partitionsEnabled)
            return HttpReply::error(404, "not_found", "No such endpoint.");
        return m_site.pager.partitions(*listed, request.query());
    }
    const auto collection = RecordNames::collectionFromName(parts.value(0));
    if (!collection || parts.size() > 2)
        return HttpReply::error(404, "not_found", "No such endpoint.");
    if (parts.size() == 1) {
        if (method != Method::Get)
            return methodNotAllowed("GET");
        isListing = true;
        return m_site.pager.list(*collection, request.query());
    }
    if (*collection != Collection::Products && *collection != Collection::Orders)
        return HttpReply::error(404, "not_found", "Only products and orders have item endpoints.");
    if (method == Method::Get) {
        const quint32 n = RecordNames::parseId(*collection, parts[1]);
        if (!m_site.data->exists(*collection, n))
            return HttpReply::error(404, "not_found", "No such record.");
        QByteArray out;
        JsonWriter w(out);
        m_site.renderer.record(*collection, int(n) - 1, w);
        return HttpReply::json(out);
    }
    if (method != Method::Patch)
        return methodNotAllowed("GET, PATCH");
    return m_site.writes.patch(*collection, parts[1], request.value("If-Match"),
                               request.value("Idempotency-Key").trimmed(), request.body(),
                               QDateTime::currentSecsSinceEpoch());
}

void ApiServer::send(ReplyChannel &channel, const HttpReply &reply, bool faulted, bool closeAfter)
{
    FaultInjector &faults = m_site.faults;
    const bool drop = faulted && faults.drop();
    const auto truncation = faulted ? faults.truncate() : FaultInjector::Truncation::None;
    auto deliver = [channel, reply, drop, truncation, closeAfter]() mutable {
        if (drop)
            channel.drop();
        else if (truncation != FaultInjector::Truncation::None)
            channel.sendTruncated(reply, truncation, closeAfter);
        else
            channel.send(reply, closeAfter);
    };
    if (faults.latencyMs() > 0 || drop) {
        // The server keeps serving meanwhile; a drop also waits for the server to finish with
        // this request before the connection goes away. A reply whose client has gone is
        // dropped. The timer is ours, so ~ApiServer can give up what is still waiting.
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, timer, [timer, deliver]() mutable {
            deliver();
            timer->deleteLater();
        });
        timer->start(faults.latencyMs());
    } else {
        deliver();
    }
}
