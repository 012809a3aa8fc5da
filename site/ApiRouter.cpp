#include "ApiRouter.h"

#include "JsonWriter.h"
#include "RecordNames.h"
#include "SiteContext.h"

#include <QDateTime>

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

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest r;
    r.method = request.method();
    r.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    r.query = request.query();
    r.authorization = request.value("Authorization");
    r.ifMatch = request.value("If-Match");
    r.idempotencyKey = request.value("Idempotency-Key");
    r.connection = request.value("Connection");
    r.body = request.body();
    return r;
}

ApiRouter::ApiRouter(SiteContext &site) : m_site(site), m_admin(site)
{}

HttpReply ApiRouter::authorize(const ApiRequest &request, bool isWrite) const
{
    const QByteArray auth = request.authorization.trimmed();
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

ApiRouter::Answer ApiRouter::handle(const ApiRequest &request)
{
    ++m_site.requests;
    Answer answer;
    QByteArray path = request.path;
    answer.closeAfter = request.connection.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    if (!path.startsWith(kBasePath) ||
        (path.size() > kBasePath.size() && path[kBasePath.size()] != '/')) {
        answer.reply = HttpReply::error(404, "not_found", "The API lives under /api/yutang/v1.");
        answer.delivery = Answer::Delivery::Immediate;
        return answer;
    }
    path = path.mid(kBasePath.size());
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);

    if (path.startsWith("/_admin")) {
        if (!m_site.adminEnabled)
            answer.reply = HttpReply::error(404, "not_found", "Admin endpoints need --admin.");
        else if (HttpReply denied = authorize(request, false); denied.status != 200)
            answer.reply = denied;
        else
            answer.reply = m_admin.handle(request.method, path.mid(7), request.query, request.body);
        answer.delivery = Answer::Delivery::Immediate;
        return answer;
    }

    if (m_site.faults.rateLimit()) {
        answer.reply = HttpReply::error(429, "rate_limited", "Too many requests; retry later.");
        answer.reply.headers.emplace_back("Retry-After", "1");
        answer.delivery = Answer::Delivery::Delayed;
        return answer;
    }
    bool isListing = false;
    answer.reply = route(request, path, isListing);
    if (answer.reply.status == 200 && m_site.faults.fail(isListing))
        answer.reply = HttpReply::error(503, "unavailable", "The site is busy; retry shortly.");
    answer.delivery = Answer::Delivery::Faulted;
    return answer;
}

HttpReply ApiRouter::route(const ApiRequest &request, const QByteArray &path, bool &isListing)
{
    const Method method = request.method;
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
        return m_site.pager.partitions(*listed, request.query);
    }
    const auto collection = RecordNames::collectionFromName(parts.value(0));
    if (!collection || parts.size() > 2)
        return HttpReply::error(404, "not_found", "No such endpoint.");
    if (parts.size() == 1) {
        if (method != Method::Get)
            return methodNotAllowed("GET");
        isListing = true;
        return m_site.pager.list(*collection, request.query);
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
    return m_site.writes.patch(*collection, parts[1], request.ifMatch,
                               request.idempotencyKey.trimmed(), request.body,
                               QDateTime::currentSecsSinceEpoch());
}
