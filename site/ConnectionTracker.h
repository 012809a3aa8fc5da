// The site's listening socket. It remembers each accepted connection by its peer's address and
// port, because from Qt 6.5 the HTTP server hands a request's handler a responder, not the
// socket, and some test faults (a dropped connection, a body cut short) need the socket.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

class QTcpSocket;

class ConnectionTracker : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    /// The open connection from address:port, or nullptr.
    QTcpSocket *socket(const QHostAddress &address, quint16 port) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    static QByteArray key(const QHostAddress &address, quint16 port);

    QHash<QByteArray, QTcpSocket *> m_sockets;
};
