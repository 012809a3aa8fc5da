#pragma once

#include "sync/SiteAddress.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

// What came back for one request, after any retries.
struct SiteResponse
{
    enum class Outcome {
        Ok,          // 2xx with a body
        HttpError,   // a non-retryable status (4xx), or a retryable one after the last retry
        NetworkError // no usable answer after the last retry (refused, dropped, timed out, cut
                     // short)
    };
    Outcome outcome = Outcome::NetworkError;
    int status = 0;
    QByteArray body;
    QString errorText;
    QList<QNetworkReply::RawHeaderPair> headers; // the answer's headers, as sent

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent

    bool ok() const { return outcome == Outcome::Ok; }
    // {"error": {"code": ...}} of an error answer (Yutang's contract), or WordPress's
    // {"code": ..., "message": ...}, if there is one.
    QString errorCode() const;
    QString errorMessage() const;
    QJsonObject errorBody() const;
};

struct RetryPolicy
{
    int maxAttempts = 6;   // for 5xx, dropped connections, timeouts, bodies cut short
    int baseDelayMs = 400; // doubled each attempt, with jitter
    int maxDelayMs = 20000;
    int max429Waits = 30; // 429s honour Retry-After and count separately
    int maxRetryAfterSec = 120;
    int transferTimeoutMs = 30000;
};

// Talks HTTP to one site: authentication, per-request transfer timeout, and retries with backoff.
// Secrets live in memory only for as long as this object does.
class SiteClient : public QObject
{
    Q_OBJECT
public:
    // Signs one attempt of a request (each retry is signed again: fresh nonce and timestamp).
    // May change the URL (query-string keys, OAuth parameters) and set headers.
    using Authenticator =
        std::function<void(const QByteArray &verb, QUrl *url, QNetworkRequest *request)>;

    // Yutang's site API: <site>/api/yutang/v1, bearer token.
    SiteClient(const SiteAddress &address, const QByteArray &token, QObject *parent = nullptr);
    // Any other kind of site: paths are relative to `apiBase`.
    SiteClient(const SiteAddress &address, const QUrl &apiBase, Authenticator authenticator,
               QObject *parent = nullptr);
    ~SiteClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const SiteAddress &address() const { return m_address; }

    using Callback = std::function<void(const SiteResponse &)>;
    // `validate` may reject a 200 body (say, JSON cut short) so that it is retried like a
    // dropped connection; it returns an empty string when the body is usable. It runs on a
    // pool thread (it parses a page while the previous one is stored), so it may only touch
    // what it captured; `done` runs on this object's thread.
    void get(const QString &path, const QUrlQuery &query, Callback done,
             std::function<QString(const QByteArray &)> validate = {});
    void send(const QByteArray &verb, const QString &path, const QByteArray &jsonBody,
              const QList<QPair<QByteArray, QByteArray>> &headers, Callback done,
              const QUrlQuery &query = {});
    // The URL of `path` under the API base (without authentication).
    QUrl endpoint(const QString &path) const;
    // The URL a request goes to: `path` under `apiBase`, with `query`.
    static QUrl requestUrl(const QUrl &apiBase, const QString &path, const QUrlQuery &query);
    void abortAll();

Q_SIGNALS:
    void retrying(const QString &what, int attempt, int delayMs, const QString &reason);

private:
    struct Request;
    void issue(std::shared_ptr<Request> request);
    void handle(std::shared_ptr<Request> request, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Request> request, int delayMs, const QString &reason);
    int backoffMs(int attempts) const;
    void validated(std::shared_ptr<Request> request, SiteResponse response, const QString &invalid);

    SiteAddress m_address;
    QUrl m_apiBase;
    Authenticator m_authenticator;
    RetryPolicy m_policy;
    QNetworkAccessManager *m_nam;
    QSet<QNetworkReply *> m_inFlight;
    bool m_aborted = false;
};
