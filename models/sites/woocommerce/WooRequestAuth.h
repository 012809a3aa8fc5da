#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>

// Authenticates one request to a WooCommerce REST API (wc/v3) with a consumer key and secret,
// the way WooCommerce's WC_REST_Authentication checks it. It only computes what to send (the
// final URL and headers); sending is the caller's business.
//
// Three modes, as WooCommerce offers them:
// - Basic: "Authorization: Basic base64(key:secret)". HTTPS only: WooCommerce tries Basic only
//   when is_ssl(), so over plain HTTP the secret would travel in clear for a certain 401.
// - QueryKeys: consumer_key and consumer_secret in the query, for servers that drop the
//   Authorization header. HTTPS only, for the same reason.
// - OAuth1: OAuth 1.0a "one-legged" (no token) with the oauth_* parameters in the query: the
//   mode for plain HTTP, and valid over HTTPS too. The signature follows WooCommerce's own
//   reading of RFC 5849, which differs from it in places (see WooRequestAuth.cpp), because a
//   shop verifies exactly that.
//
// The query is always re-encoded (every byte outside A-Z a-z 0-9 - . _ ~ as %XX), so that PHP
// decodes exactly the items QUrlQuery shows: a '+' in the QUrl is a plus sign, as QUrlQuery
// reads it, and reaches the shop as one (PHP would read a bare '+' as a space). The request body
// is never signed: WooCommerce signs $_GET and $_POST only, and wc/v3 bodies are JSON.
//
// Secrets: the Basic header and, with QueryKeys/OAuth1, the URL carry credentials. error never
// does. Log URLs only through redactedUrl(), and never log the headers.
class WooRequestAuth
{
public:
    enum class Mode { Basic, QueryKeys, OAuth1 };
    enum class SignatureMethod { HmacSha256, HmacSha1 };

    struct Signed
    {
        QUrl url;                                     // to send, query re-encoded
        QList<QPair<QByteArray, QByteArray>> headers; // name, value (e.g. Authorization)
        QString error;                                // empty on success; never a secret
        bool ok() const { return error.isEmpty(); }
    };

    WooRequestAuth(const QString &consumerKey, const QString &consumerSecret);

    // HMAC-SHA256 unless told otherwise; WooCommerce accepts exactly these two.
    void setSignatureMethod(SignatureMethod method) { m_signatureMethod = method; }
    SignatureMethod signatureMethod() const { return m_signatureMethod; }

    // For tests: fixed oauth_timestamp (seconds since 1970) and oauth_nonce sources. By default
    // the current time and randomNonce(), fresh for every sign() call. WooCommerce refuses a
    // timestamp more than 15 minutes away from its clock and a nonce seen in the last 15 minutes.
    void setClock(std::function<qint64()> secondsSinceEpoch)
    {
        m_clock = std::move(secondsSinceEpoch);
    }
    void setNonceSource(std::function<QString()> nonce) { m_nonce = std::move(nonce); }

    // `method` is the HTTP method (any case; signed upper-case). `url` is the absolute http(s)
    // URL with its query; its fragment is dropped. It must not already carry consumer_key,
    // consumer_secret or oauth_* parameters, nor user info.
    Signed sign(Mode mode, const QByteArray &method, const QUrl &url) const;

    // The OAuth 1.0a signature base string WooCommerce computes for this request, given the
    // oauth_* parameters (all but oauth_signature) already in `url`'s query. Contains no secret;
    // public so that tests and a failed-signature diagnosis can show it. Empty with *error set
    // when the URL cannot be signed.
    static QByteArray signatureBaseString(const QByteArray &method, const QUrl &url,
                                          QString *error = nullptr);

    // The URL with the values of consumer_key, consumer_secret, oauth_consumer_key and
    // oauth_signature masked, and user info removed: safe for logs and error messages.
    static QString redactedUrl(const QUrl &url);

    // 32 characters from [A-Za-z0-9] drawn from the system's secure random source: the
    // 32-character alphanumeric nonce WooCommerce's documentation asks for.
    static QString randomNonce();

private:
    QString m_key;
    QString m_secret;
    SignatureMethod m_signatureMethod = SignatureMethod::HmacSha256;
    std::function<qint64()> m_clock;
    std::function<QString()> m_nonce;
};
