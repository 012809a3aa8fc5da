// The HTTP front of the site: routing under /api/yutang/v1, bearer auth and fault injection.
// It derives from QAbstractHttpServer rather than using QHttpServer routes because some faults
// (truncated bodies, dropped connections) need the raw socket; ReplyChannel writes the replies.
#pragma once

#include "ApiRouter.h"
#include "HttpReply.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class ConnectionTracker;
class QTcpSocket;
class ReplyChannel;
struct SiteContext;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr QByteArrayView kBasePath = ApiRouter::kBasePath;

    explicit ApiServer(SiteContext &site, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Listens on host:port (0 picks a free port); returns the port, or 0 with *error set.
    quint16 start(const QHostAddress &host, quint16 port, QString *error);

protected:
    // The only signature that differs between Qt 6.4 and Qt 6.5+.
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    void serve(const QHttpServerRequest &request, ReplyChannel &channel);
    void send(ReplyChannel &channel, const HttpReply &reply, bool faulted, bool closeAfter);

    SiteContext &m_site;
    ApiRouter m_router;
    ConnectionTracker *m_connections = nullptr;
};
