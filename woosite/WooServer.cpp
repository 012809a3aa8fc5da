#include "WooServer.h"

#include "ConnectionTracker.h"
#include "ReplyChannel.h"
#include "WooAdminApi.h"
#include "WooJson.h"
#include "WooRestApi.h"
#include "WooTlsListener.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponder>
#endif

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

WooServer::WooServer(WooRestApi &api, WooAdminApi &admin, QObject *parent)
    : QAbstractHttpServer(parent), m_api(api), m_admin(admin)
{}

WooServer::~WooServer()
{
    // Delayed replies hold their connection's responder: give them up while the connections,
    // children of the listeners, still exist.
    qDeleteAll(findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
    QCoreApplication::removePostedEvents(this);
}

quint16 WooServer::start(const QHostAddress &host, quint16 port, const QString &certPem,
                         const QString &keyPem, QString *error)
{
    QTcpServer *listener = nullptr;
    if (!certPem.isEmpty()) {
        QFile certFile(certPem), keyFile(keyPem);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the certificate or key");
            return 0;
        }
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("the certificate or key is not PEM (RSA or EC)");
            return 0;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls = new WooTlsListener(this);
        m_tls->setSslConfiguration(config);
        listener = m_tls;
    } else {
        m_plain = new ConnectionTracker(this);
        listener = m_plain;
    }
    if (!listener->listen(host, port)) {
        *error = listener->errorString();
        return 0;
    }
    bind(listener);
    return listener->serverPort();
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool WooServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ReplyChannel channel(socket);
    serve(request, channel);
    return true;
}

void WooServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ReplyChannel(socket).send(
        HttpReply::json(
            WooJson::error(
                "rest_no_route",
                QStringLiteral("No route was found matching the URL and request method."), 404),
            404),
        false);
}
#else
QTcpSocket *WooServer::socketOf(const QHttpServerRequest &request) const
{
    return m_tls ? m_tls->socket(request.remoteAddress(), request.remotePort())
                 : m_plain->socket(request.remoteAddress(), request.remotePort());
}

bool WooServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ReplyChannel channel(this, std::move(responder), socketOf(request));
    serve(request, channel);
    return true;
}

void WooServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ReplyChannel(this, std::move(responder), socketOf(request))
        .send(
            HttpReply::json(
                WooJson::error(
                    "rest_no_route",
                    QStringLiteral("No route was found matching the URL and request method."), 404),
                404),
            false);
}
#endif

void WooServer::serve(const QHttpServerRequest &request, ReplyChannel &channel)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool closeAfter =
        request.value("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
    WooRequest r;
    r.method = methodName(request.method());
    r.rawPath = request.url().path(QUrl::FullyEncoded).toUtf8();
    r.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    r.body = request.body();
    r.contentType = request.value("Content-Type").toLower();
    r.host = request.value("Host");
    if (r.host.isEmpty())
        r.host = "localhost";
    r.secure = isSecure();
    if (!m_stripAuthorization)
        r.authorization = request.value("Authorization");

    if (r.rawPath.startsWith("/__admin/")) {
        const QString base =
            QString::fromLatin1(r.secure ? "https://" : "http://") + QString::fromUtf8(r.host);
        channel.send(m_admin.handle(r.method, r.rawPath.mid(8), r.body, base, now), closeAfter);
        return;
    }
    const HttpReply reply = m_api.handle(r, now);
    if (m_latencyMs <= 0) {
        channel.send(reply, closeAfter);
        return;
    }
    // The server keeps serving meanwhile. The timer is ours, so ~WooServer can give up what is
    // still waiting.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, timer, [timer, channel, reply, closeAfter]() mutable {
        channel.send(reply, closeAfter);
        timer->deleteLater();
    });
    timer->start(m_latencyMs);
}
