#include "SiteProcess.h"

#include "TestPaths.h"
#include "demo/SiteProcessStop.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

SiteProcess::~SiteProcess()
{
    stop();
}

bool SiteProcess::start(const QStringList &extraArgs, QString *error)
{
    QStringList args{QStringLiteral("--port"),     QStringLiteral("0"),
                     QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--seed"),     QStringLiteral("7"),
                     QStringLiteral("--days"),     QStringLiteral("20"),
                     QStringLiteral("--scale"),    QStringLiteral("0.05"),
                     QStringLiteral("--end-date"), QStringLiteral("2026-11-20"),
                     QStringLiteral("--admin"),    QStringLiteral("--token"),
                     QString::fromLatin1(kToken),  SiteProcessStop::option()};
    // QCommandLineParser::value() returns the last value given, so extras override defaults.
    args << extraArgs;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(TestPaths::siteBinary(), args);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray line;
    while (timer.elapsed() < 60000) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
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
        *error = QStringLiteral("yutang-site did not start: %1").arg(QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

bool SiteProcess::stop()
{
    return SiteProcessStop::stop(m_process, kStopTimeoutMs);
}

QByteArray SiteProcess::request(const QByteArray &verb, const QString &path, const QByteArray &body, int *status) const
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_address + path));
    req.setRawHeader("Authorization", "Bearer " + token());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(30000);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

QByteArray SiteProcess::adminGet(const QString &path) const
{
    return request("GET", QStringLiteral("/api/yutang/v1/_admin/") + path, {}, nullptr);
}

QByteArray SiteProcess::adminPost(const QString &path, const QByteArray &body) const
{
    return request("POST", QStringLiteral("/api/yutang/v1/_admin/") + path, body, nullptr);
}

QByteArray SiteProcess::apiGet(const QString &pathAndQuery, int *status) const
{
    return request("GET", QStringLiteral("/api/yutang/v1/") + pathAndQuery, {}, status);
}

QList<QJsonObject> SiteProcess::listAll(const QString &collection) const
{
    QList<QJsonObject> records;
    QString cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        int status = 0;
        const QJsonObject page = QJsonDocument::fromJson(apiGet(collection + QLatin1Char('?') + q.toString(QUrl::FullyEncoded), &status)).object();
        if (status != 200)
            break;
        const QJsonArray data = page.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data)
            records.append(v.toObject());
        cursor = page.value(QLatin1String("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return records;
}
