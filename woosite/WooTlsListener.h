// The HTTPS listening socket: a QSslServer (Qt 6.4+) that, like site/ConnectionTracker, remembers
// each connection by its peer's address and port, because from Qt 6.5 a request's handler gets a
// responder and not the socket, and ReplyChannel needs the socket. The connections are recorded
// as the HTTP server takes them (nextPendingConnection), after their TLS handshake.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSslServer>

class WooTlsListener : public QSslServer
{
    Q_OBJECT
public:
    using QSslServer::QSslServer;

    QTcpSocket *socket(const QHostAddress &address, quint16 port) const;
    QTcpSocket *nextPendingConnection() override;

private:
    static QByteArray key(const QHostAddress &address, quint16 port);

    QHash<QByteArray, QTcpSocket *> m_sockets;
};
