// What the site answers to one request, without a socket: routing under /api/yutang/v1, bearer
// auth, the admin endpoints and the faults decided per request (rate limit, failure). ApiServer
// reads the request off the connection and delivers the answer; tests/fuzz feeds requests here.
#pragma once

#include "AdminApi.h"
#include "HttpReply.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QUrlQuery>

struct SiteContext;

// The parts of an HTTP request the site looks at.
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QByteArray path; ///< the URL's path, fully encoded
    QUrlQuery query;
    QByteArray authorization;
    QByteArray ifMatch;
    QByteArray idempotencyKey;
    QByteArray connection;
    QByteArray body;

    static ApiRequest from(const QHttpServerRequest &request);
};

class ApiRouter
{
public:
    static constexpr QByteArrayView kBasePath = "/api/yutang/v1";

    explicit ApiRouter(SiteContext &site);

    struct Answer
    {
        // How the reply goes out: at once (errors outside the API, admin answers), after the
        // configured latency, or also through the delivery faults (drops, truncation).
        enum class Delivery { Immediate, Delayed, Faulted };
        HttpReply reply;
        Delivery delivery = Delivery::Faulted;
        bool closeAfter = false; ///< the client sent "Connection: close"
    };
    Answer handle(const ApiRequest &request);

private:
    HttpReply route(const ApiRequest &request, const QByteArray &path, bool &isListing);
    HttpReply authorize(const ApiRequest &request, bool isWrite) const;

    SiteContext &m_site;
    AdminApi m_admin;
};
