#include "ApiServer.h"

#include "JsonWriter.h"
#include "RecordNames.h"
#include "SiteContext.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, HttpReply::error(404, "not_found", "No such endpoint."), 0, false);
}

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

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_site.requests;
    QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    const bool closeAfter =
        request.value("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    if (!path.startsWith(kBasePath) ||
        (path.size() > kBasePath.size() && path[kBasePath.size()] != '/')) {
        write(socket, HttpReply::error(404, "not_found", "The API lives under /api/yutang/v1."), 0,
              closeAfter);
        return true;
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
        write(socket, reply, 0, closeAfter);
        return true;
    }

    if (m_site.faults.rateLimit()) {
        HttpReply r = HttpReply::error(429, "rate_limited", "Too many requests; retry later.");
        r.headers.emplace_back("Retry-After", "1");
        send(socket, r, false, closeAfter);
        return true;
    }
    bool isListing = false;
    HttpReply reply = route(request, path, isListing);
    if (reply.status == 200 && m_site.faults.fail(isListing))
        reply = HttpReply::error(503, "unavailable", "The site is busy; retry shortly.");
    send(socket, reply, true, closeAfter);
    return true;
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

void ApiServer::send(QTcpSocket *socket, const HttpReply &reply, bool faulted, bool closeAfter)
{
    FaultInjector &faults = m_site.faults;
    const bool drop = faulted && faults.drop();
    const int truncation = faulted ? int(faults.truncate()) : 0;
    auto deliver = [socket, reply, drop, truncation, closeAfter] {
        if (drop) {
            socket->abort();
            return;
        }
        write(socket, reply, truncation, closeAfter);
    };
    if (faults.latencyMs() > 0) {
        // The timer's context is the socket: if the client goes away, the reply is dropped.
        QTimer::singleShot(faults.latencyMs(), socket, deliver);
    } else if (drop) {
        // Let the server finish with this request before the socket goes away.
        QTimer::singleShot(0, socket, deliver);
    } else {
        deliver();
    }
}

void ApiServer::write(QTcpSocket *socket, const HttpReply &reply, int truncation, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const auto mode = FaultInjector::Truncation(truncation);
    const qint64 half = reply.body.size() / 2;
    const qint64 declared =
        mode == FaultInjector::Truncation::ShortBodyShortLength ? half : reply.body.size();
    QByteArray head;
    head.reserve(256);
    head.append("HTTP/1.1 ").append(QByteArray::number(reply.status)).append(' ');
    head.append(HttpReply::reasonPhrase(reply.status)).append("\r\n");
    head.append("Content-Type: application/json; charset=utf-8\r\n");
    head.append("Content-Length: ").append(QByteArray::number(declared)).append("\r\n");
    for (const auto &[name, value] : reply.headers)
        head.append(name).append(": ").append(value).append("\r\n");
    const bool close = closeAfter || mode == FaultInjector::Truncation::ShortBodyFullLength;
    if (close)
        head.append("Connection: close\r\n");
    head.append("\r\n");
    socket->write(head);
    if (mode == FaultInjector::Truncation::None)
        socket->write(reply.body);
    else
        socket->write(reply.body.constData(), half);
    if (close)
        socket->disconnectFromHost();
}
