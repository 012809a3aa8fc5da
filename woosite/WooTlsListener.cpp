#include "WooTlsListener.h"

#include <QTcpSocket>

QTcpSocket *WooTlsListener::socket(const QHostAddress &address, quint16 port) const
{
    return m_sockets.value(key(address, port));
}

QTcpSocket *WooTlsListener::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (!socket)
        return nullptr;
    const QByteArray k = key(socket->peerAddress(), socket->peerPort());
    m_sockets.insert(k, socket);
    connect(socket, &QObject::destroyed, this, [this, k, socket] {
        if (m_sockets.value(k) == socket)
            m_sockets.remove(k);
    });
    return socket;
}

QByteArray WooTlsListener::key(const QHostAddress &address, quint16 port)
{
    return address.toString().toLatin1() + '#' + QByteArray::number(port);
}
