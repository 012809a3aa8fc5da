// How one reply reaches the client. This is the one place where Qt's HTTP server APIs differ:
// Qt 6.4 hands the request's socket to the server, Qt 6.5+ a QHttpServerResponder that writes
// well-formed replies only. Faults that no well-formed reply can show (a connection dropped
// unanswered, a body cut short on a closed connection) are written on the raw socket on both.
#pragma once

#include "FaultInjector.h"
#include "HttpReply.h"

#include <QPointer>
#include <QtGlobal>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

class ReplyChannel
{
public:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    explicit ReplyChannel(QTcpSocket *socket);
#else
    /// Takes the responder over: the connection reads no further request until the channel's
    /// last copy is gone, so a delayed reply keeps the order of pipelined requests. The
    /// responder is given back through owner's event queue (see ~State).
    ReplyChannel(QObject *owner, QHttpServerResponder &&responder, QTcpSocket *socket);
#endif

    bool isConnected() const;
    /// A complete reply; closeAfter also sends "Connection: close" and closes once written.
    void send(const HttpReply &reply, bool closeAfter);
    /// The reply with half its body: either declared at full length on a connection then closed,
    /// or declared at half length (well-formed HTTP, broken JSON) on a connection kept open.
    void sendTruncated(const HttpReply &reply, FaultInjector::Truncation mode, bool closeAfter);
    /// Closes the connection without a reply.
    void drop();

private:
    struct State;
    void writeRaw(const HttpReply &reply, qint64 declaredLength, qint64 bodyBytes, bool close);
    void closeWhenWritten();

    std::shared_ptr<State> d;
};
