#include "FlakyProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <memory>

FlakyProxy::FlakyProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FlakyProxy::accept);
}

bool FlakyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FlakyProxy::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FlakyProxy::cutNext(const QByteArray &verb, const QByteArray &pathPart, int count, Cut how)
{
    m_verb = verb;
    m_pathPart = pathPart;
    m_cutsLeft = count;
    m_how = how;
}

int FlakyProxy::requestsMatching(const QByteArray &verb, const QByteArray &pathPart) const
{
    int n = 0;
    for (const QByteArray &line : m_requestLines) {
        if (line.startsWith(verb + ' ') && line.contains(pathPart))
            ++n;
    }
    return n;
}

bool FlakyProxy::takeCut(const QByteArray &data)
{
    if (m_cutsLeft <= 0 || !data.startsWith(m_verb + ' '))
        return false;
    const QByteArray requestLine = data.left(data.indexOf('\n'));
    if (!requestLine.contains(m_pathPart))
        return false;
    --m_cutsLeft;
    ++m_cutsDone;
    return true;
}

void FlakyProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto early = std::make_shared<QByteArray>(); // sent before the server connection is up
        auto loseAnswer = std::make_shared<bool>(false);
        connect(upstream, &QTcpSocket::connected, client, [upstream, early] {
            upstream->write(*early);
            early->clear();
        });
        connect(client, &QTcpSocket::readyRead, client,
                [this, client, upstream, early, loseAnswer] {
                    const QByteArray data = client->readAll();
                    const qsizetype space = data.indexOf(' ');
                    if (space > 0 && space < 8 && data.left(space).toUpper() == data.left(space))
                        m_requestLines.append(data.left(data.indexOf('\n')));
                    // A request begins a chunk: QNetworkAccessManager writes the head in one piece.
                    if (takeCut(data)) {
                        if (m_how == Cut::BeforeServer) {
                            client->abort();
                            return;
                        }
                        *loseAnswer = true;
                    }
                    if (upstream->state() == QAbstractSocket::ConnectedState)
                        upstream->write(data);
                    else
                        early->append(data);
                });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, loseAnswer] {
            const QByteArray data = upstream->readAll();
            if (*loseAnswer) {
                client->abort(); // the server did it; the client never hears
                return;
            }
            client->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->abort();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}
