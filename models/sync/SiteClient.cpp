#include "sync/SiteClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>

QJsonObject SiteResponse::errorBody() const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QLatin1String("error")).isObject())
        return root.value(QLatin1String("error")).toObject();
    // WordPress: {"code": "...", "message": "...", "data": {"status": 401}}
    if (root.value(QLatin1String("code")).isString())
        return root;
    return {};
}

QByteArray SiteResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SiteResponse::errorCode() const
{
    return errorBody().value(QLatin1String("code")).toString();
}

QString SiteResponse::errorMessage() const
{
    const QString message = errorBody().value(QLatin1String("message")).toString();
    return message.isEmpty() ? errorText : message;
}

namespace {

// A request body read once, front to back: QNetworkAccessManager cannot rewind it to send the
// request a second time on its own. (Not a QBuffer: Qt reads a QBuffer's bytes directly and can
// always start again.)
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

struct SiteClient::Request
{
    QByteArray verb;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Callback done;
    std::function<QString(const QByteArray &)> validate;
    int attempts = 0;
    int waits429 = 0;
};

SiteClient::SiteClient(const SiteAddress &address, const QByteArray &token, QObject *parent)
    : SiteClient(
          address, address.apiBase(),
          [token](const QByteArray &, QUrl *, QNetworkRequest *request) {
              request->setRawHeader("Authorization", "Bearer " + token);
          },
          parent)
{}

SiteClient::SiteClient(const SiteAddress &address, const QUrl &apiBase, Authenticator authenticator,
                       QObject *parent)
    : QObject(parent), m_address(address), m_apiBase(apiBase),
      m_authenticator(std::move(authenticator)), m_nam(new QNetworkAccessManager(this))
{
    // Certificates are verified by default (Qt's default SSL configuration); nothing here
    // turns that off.
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

SiteClient::~SiteClient()
{
    abortAll();
}

void SiteClient::get(const QString &path, const QUrlQuery &query, Callback done,
                     std::function<QString(const QByteArray &)> validate)
{
    auto r = std::make_shared<Request>();
    r->verb = "GET";
    r->path = path;
    r->query = query;
    r->done = std::move(done);
    r->validate = std::move(validate);
    issue(r);
}

void SiteClient::send(const QByteArray &verb, const QString &path, const QByteArray &jsonBody,
                      const QList<QPair<QByteArray, QByteArray>> &headers, Callback done,
                      const QUrlQuery &query)
{
    auto r = std::make_shared<Request>();
    r->verb = verb;
    r->path = path;
    r->query = query;
    r->body = jsonBody;
    r->headers = headers;
    r->done = std::move(done);
    issue(r);
}

void SiteClient::abortAll()
{
    m_aborted = true;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SiteClient::issue(std::shared_ptr<Request> request)
{
    if (m_aborted)
        return;
    QUrl url = requestUrl(m_apiBase, request->path, request->query);
    QNetworkRequest nr;
    if (m_authenticator)
        m_authenticator(request->verb, &url, &nr);
    nr.setUrl(url);
    nr.setRawHeader("Accept", "application/json");
    nr.setTransferTimeout(m_policy.transferTimeoutMs);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : std::as_const(request->headers))
        nr.setRawHeader(name, value);
    if (!request->body.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ++request->attempts;
    QNetworkReply *reply = nullptr;
    if (request->verb == "POST" && !request->body.isEmpty()) {
        // A POST creates something (an order note). When a kept-alive connection closes before
        // the answer, Qt sends a request again by itself if it can rewind its body: a body it
        // cannot rewind makes that an error instead, which reaches the caller, who knows whether
        // sending again is safe.
        auto *body = new OneShotBody(request->body);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request->body.size());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_nam->sendCustomRequest(nr, request->verb, body);
        body->setParent(reply);
    } else {
        reply = m_nam->sendCustomRequest(nr, request->verb, request->body);
    }
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, request, reply] { handle(request, reply); });
}

void SiteClient::handle(std::shared_ptr<Request> request, QNetworkReply *reply)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (m_aborted)
        return;
    SiteResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError netError = reply->error();

    if (response.status == 0 || (netError != QNetworkReply::NoError && response.status < 400)) {
        // No HTTP answer, or one cut short: dropped connection, refused, timeout, bad TLS.
        const QString reason = netError == QNetworkReply::OperationCanceledError
                                   ? tr("no answer within %1 s").arg(m_policy.transferTimeoutMs / 1000)
                                   : reply->errorString();
        const bool fatal = netError == QNetworkReply::SslHandshakeFailedError ||
                           netError == QNetworkReply::HostNotFoundError ||
                           netError == QNetworkReply::ProtocolUnknownError;
        if (!fatal && request->attempts < m_policy.maxAttempts) {
            const int delay = backoffMs(request->attempts);
            retryLater(request, delay + int(QRandomGenerator::global()->bounded(delay / 4 + 1)), reason);
            return;
        }
        response.outcome = SiteResponse::Outcome::NetworkError;
        response.errorText = reason;
        request->done(response);
        return;
    }
    if (response.status == 429 && request->waits429 < m_policy.max429Waits) {
        ++request->waits429;
        --request->attempts; // rate limiting is not a failure
        bool ok = false;
        int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (!ok || seconds < 0)
            seconds = 1;
        seconds = std::min(seconds, m_policy.maxRetryAfterSec);
        retryLater(request, seconds * 1000, tr("rate limited by the site (429)"));
        return;
    }
    // A write is retried on 5xx too: its Idempotency-Key makes a repeat harmless.
    if (response.status >= 500 && request->attempts < m_policy.maxAttempts) {
        const int delay = backoffMs(request->attempts);
        retryLater(request, delay + int(QRandomGenerator::global()->bounded(delay / 4 + 1)),
                   tr("site error %1").arg(response.status));
        return;
    }
    if (response.status >= 200 && response.status < 300) {
        if (!request->validate) {
            validated(request, std::move(response), QString());
            return;
        }
        // Parsing a page costs as much as storing one: on a pool thread, the next page is parsed
        // while this thread stores the last. The watcher is this object's child, so nothing
        // comes back once the client is gone; abortAll() drops what comes back after it.
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this,
                [this, watcher, request, response]() mutable {
                    watcher->deleteLater();
                    if (!m_aborted)
                        validated(request, std::move(response), watcher->result());
                });
        watcher->setFuture(QtConcurrent::run(
            [validate = request->validate, body = response.body] { return validate(body); }));
        return;
    }
    response.outcome = SiteResponse::Outcome::HttpError;
    response.errorText = tr("HTTP %1").arg(response.status);
    request->done(response);
}

void SiteClient::validated(std::shared_ptr<Request> request, SiteResponse response,
                           const QString &invalid)
{
    if (!invalid.isEmpty()) {
        if (request->attempts < m_policy.maxAttempts) {
            const int delay = backoffMs(request->attempts);
            retryLater(request, delay, invalid);
            return;
        }
        response.outcome = SiteResponse::Outcome::NetworkError;
        response.errorText = invalid;
        request->done(response);
        return;
    }
    response.outcome = SiteResponse::Outcome::Ok;
    request->done(response);
}

int SiteClient::backoffMs(int attempts) const
{
    // Doubling from the base delay with each attempt, up to the policy's ceiling.
    return std::min(m_policy.maxDelayMs, m_policy.baseDelayMs << (attempts - 1));
}

QUrl SiteClient::endpoint(const QString &path) const
{
    return requestUrl(m_apiBase, path, QUrlQuery());
}

QUrl SiteClient::requestUrl(const QUrl &apiBase, const QString &path, const QUrlQuery &query)
{
    QUrl url = apiBase;
    url.setPath(url.path() + QLatin1Char('/') + path);
    url.setQuery(query);
    return url;
}

void SiteClient::retryLater(std::shared_ptr<Request> request, int delayMs, const QString &reason)
{
    Q_EMIT retrying(request->path, request->attempts, delayMs, reason);
    QTimer::singleShot(delayMs, this, [this, request] { issue(request); });
}
