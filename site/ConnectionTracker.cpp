#include "ConnectionTracker.h"

#include <QTcpSocket>

QTcpSocket *ConnectionTracker::socket(const QHostAddress &address, quint16 port) const
{
    return m_sockets.value(key(address, port));
}

void ConnectionTracker::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QByteArray k = key(socket->peerAddress(), socket->peerPort());
    m_sockets.insert(k, socket);
    // The HTTP server re-parents and eventually deletes the socket; forget it then. A newer
    // connection from the same port may have taken the key meanwhile.
    connect(socket, &QObject::destroyed, this, [this, k, socket] {
        if (m_sockets.value(k) == socket)
            m_sockets.remove(k);
    });
    addPendingConnection(socket);
}

QByteArray ConnectionTracker::key(const QHostAddress &address, quint16 port)
{
    return address.toString().toLatin1() + '#' + QByteArray::number(port);
}
