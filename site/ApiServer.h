// The HTTP front of the site: routing under /api/yutang/v1, bearer auth, fault injection and
// writing replies. It derives from QAbstractHttpServer rather than using QHttpServer routes
// because some faults (truncated bodies, dropped connections) need the raw socket.
#pragma once

#include "AdminApi.h"
#include "HttpReply.h"

#include <QAbstractHttpServer>

class QTcpSocket;
struct SiteContext;

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr QByteArrayView kBasePath = "/api/yutang/v1";

    explicit ApiServer(SiteContext &site, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply route(const QHttpServerRequest &request, const QByteArray &path, bool &isListing);
    HttpReply authorize(const QHttpServerRequest &request, bool write) const;
    void send(QTcpSocket *socket, const HttpReply &reply, bool faulted, bool closeAfter);
    static void write(QTcpSocket *socket, const HttpReply &reply, int truncation, bool closeAfter);

    SiteContext &m_site;
    AdminApi m_admin;
};
