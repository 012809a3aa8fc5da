#include "ReplyChannel.h"

#include <QTcpSocket>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpHeaders>
#include <QHttpServerResponder>
#endif

struct ReplyChannel::State
{
    QPointer<QTcpSocket> socket;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Held by every copy of the channel; when the last goes (the reply written, or the
    // connection closed after it), releasing it lets Qt read the next request or clean up a
    // closed connection. Released from the event loop, never inside handleRequest: Qt's HTTP/1
    // handler re-arms its read notification when a responder goes, and again when
    // handleRequest returns with none held, which would double it for every request.
    QPointer<QObject> owner;
    std::shared_ptr<QHttpServerResponder> responder;

    ~State()
    {
        if (owner && responder)
            QMetaObject::invokeMethod(
                owner, [held = std::move(responder)] {}, Qt::QueuedConnection);
    }
#endif
};

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
ReplyChannel::ReplyChannel(QTcpSocket *socket) : d(std::make_shared<State>())
{
    d->socket = socket;
}
#else
ReplyChannel::ReplyChannel(QObject *owner, QHttpServerResponder &&responder, QTcpSocket *socket)
    : d(std::make_shared<State>())
{
    d->socket = socket;
    d->owner = owner;
    d->responder = std::make_shared<QHttpServerResponder>(std::move(responder));
}
#endif

bool ReplyChannel::isConnected() const
{
    return d->socket && d->socket->state() == QAbstractSocket::ConnectedState;
}

void ReplyChannel::send(const HttpReply &reply, bool closeAfter)
{
    if (!isConnected())
        return;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    writeRaw(reply, reply.body.size(), reply.body.size(), closeAfter);
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json; charset=utf-8");
    for (const auto &[name, value] : reply.headers)
        headers.append(name, value);
    if (closeAfter)
        headers.append(QHttpHeaders::WellKnownHeader::Connection, "close");
    d->responder->write(reply.body, headers, QHttpServerResponder::StatusCode(reply.status));
    if (closeAfter)
        closeWhenWritten();
#endif
}

void ReplyChannel::sendTruncated(const HttpReply &reply, FaultInjector::Truncation mode,
                                 bool closeAfter)
{
    const qint64 half = reply.body.size() / 2;
    if (mode == FaultInjector::Truncation::ShortBodyShortLength) {
        HttpReply cut = reply;
        cut.body.truncate(half);
        send(cut, closeAfter);
        return;
    }
    if (isConnected())
        writeRaw(reply, reply.body.size(), half, true);
}

void ReplyChannel::drop()
{
    if (d->socket)
        d->socket->abort();
}

void ReplyChannel::writeRaw(const HttpReply &reply, qint64 declaredLength, qint64 bodyBytes,
                            bool close)
{
    QByteArray head;
    head.reserve(256);
    head.append("HTTP/1.1 ").append(QByteArray::number(reply.status)).append(' ');
    head.append(HttpReply::reasonPhrase(reply.status)).append("\r\n");
    head.append("Content-Type: application/json; charset=utf-8\r\n");
    head.append("Content-Length: ").append(QByteArray::number(declaredLength)).append("\r\n");
    for (const auto &[name, value] : reply.headers)
        head.append(name).append(": ").append(value).append("\r\n");
    if (close)
        head.append("Connection: close\r\n");
    head.append("\r\n");
    d->socket->write(head);
    d->socket->write(reply.body.constData(), bodyBytes);
    if (close)
        closeWhenWritten();
}

void ReplyChannel::closeWhenWritten()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Qt deletes a closed connection when its responder goes: keep the responder until the
    // socket has flushed what was written and disconnected, or the bytes would be lost.
    auto keep = std::make_shared<std::shared_ptr<State>>(d);
    QObject::connect(d->socket, &QAbstractSocket::disconnected, d->socket,
                     [keep] { keep->reset(); });
#endif
    d->socket->disconnectFromHost();
}
