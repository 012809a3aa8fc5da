// The HTTP(S) front of the fake shop: turns Qt's requests into WooRequests for WooRestApi (and
// /__admin requests for WooAdminApi), delays answers by --latency-ms with timers (other
// connections are served meanwhile), and drops the Authorization header with
// --strip-authorization. Replies go through site/'s ReplyChannel, which hides the Qt 6.4 / 6.5+
// difference of QAbstractHttpServer.
#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

class ConnectionTracker;
class QTcpSocket;
class ReplyChannel;
class WooAdminApi;
class WooRestApi;
class WooTlsListener;

class WooServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    WooServer(WooRestApi &api, WooAdminApi &admin, QObject *parent = nullptr);
    ~WooServer() override;

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    void setStripAuthorization(bool strip) { m_stripAuthorization = strip; }

    /// Listens on host:port (0 picks a free port), with TLS when certPem/keyPem are given;
    /// returns the port, or 0 with *error set.
    quint16 start(const QHostAddress &host, quint16 port, const QString &certPem,
                  const QString &keyPem, QString *error);
    bool isSecure() const { return m_tls != nullptr; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QTcpSocket *socketOf(const QHttpServerRequest &request) const;
#endif
    void serve(const QHttpServerRequest &request, ReplyChannel &channel);

    WooRestApi &m_api;
    WooAdminApi &m_admin;
    ConnectionTracker *m_plain = nullptr;
    WooTlsListener *m_tls = nullptr;
    int m_latencyMs = 0;
    bool m_stripAuthorization = false;
};
