#include "ApiServer.h"

#include "ConnectionTracker.h"
#include "ReplyChannel.h"
#include "SiteContext.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponder>
#endif

ApiServer::ApiServer(SiteContext &site, QObject *parent)
    : QAbstractHttpServer(parent), m_site(site), m_router(site)
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

void ApiServer::serve(const QHttpServerRequest &request, ReplyChannel &channel)
{
    const ApiRouter::Answer answer = m_router.handle(ApiRequest::from(request));
    switch (answer.delivery) {
    case ApiRouter::Answer::Delivery::Immediate:
        channel.send(answer.reply, answer.closeAfter);
        break;
    case ApiRouter::Answer::Delivery::Delayed:
        send(channel, answer.reply, false, answer.closeAfter);
        break;
    case ApiRouter::Answer::Delivery::Faulted:
        send(channel, answer.reply, true, answer.closeAfter);
        break;
    }
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
