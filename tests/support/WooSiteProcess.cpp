#include "WooSiteProcess.h"

#include "demo/SiteProcessStop.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

WooSiteProcess::~WooSiteProcess()
{
    stop();
}

bool WooSiteProcess::start(const QStringList &extraArgs, QString *error)
{
    QStringList args{
        QStringLiteral("--port"),     QStringLiteral("0"),          QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"),  QStringLiteral("--seed"),     QStringLiteral("7"),
        QStringLiteral("--end-date"), QStringLiteral("2026-11-20"), SiteProcessStop::option()};
    args << extraArgs;
    const qsizetype keyAt = extraArgs.indexOf(QStringLiteral("--key"));
    if (keyAt >= 0) {
        const QStringList parts = extraArgs.value(keyAt + 1).split(QLatin1Char(':'));
        m_key = parts.value(0).toUtf8();
        m_secret = parts.value(1).toUtf8();
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(QStringLiteral(YUTANG_WOO_SITE_BINARY), args);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening ")) {
                m_address = QString::fromLatin1(line.mid(10));
                return true;
            }
            continue;
        }
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(200);
    }
    if (error)
        *error = QStringLiteral("yutang-woo-site did not start: %1")
                     .arg(QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

bool WooSiteProcess::stop()
{
    return SiteProcessStop::stop(m_process, kStopTimeoutMs);
}

QByteArray WooSiteProcess::request(const QByteArray &verb, const QString &path,
                                   const QByteArray &body) const
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_address + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(30000);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    // The test server's certificate is self-signed; the admin calls need no trust in it.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

QByteArray WooSiteProcess::adminGet(const QString &path) const
{
    return request("GET", QStringLiteral("/__admin/") + path, {});
}

QByteArray WooSiteProcess::adminPost(const QString &path, const QByteArray &body) const
{
    return request("POST", QStringLiteral("/__admin/") + path, body);
}
