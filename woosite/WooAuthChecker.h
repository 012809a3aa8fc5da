// WooCommerce's REST API key check, written from WC_REST_Authentication
// (woocommerce/woocommerce, plugins/woocommerce/includes/class-wc-rest-authentication.php):
//  - over HTTPS, consumer_key/consumer_secret query parameters, else HTTP Basic; an unknown key
//    is no error (OAuth is tried next), a known key with a wrong secret is;
//  - then OAuth 1.0a one-legged: the oauth_* parameters from the query, a form body or an
//    "Authorization: OAuth" header; HMAC-SHA1 or HMAC-SHA256 over METHOD&url&params with the key
//    "consumer_secret&"; a timestamp within 15 minutes; a nonce not used within them;
//  - the key's permissions (read, write, read_write) against the HTTP method.
// Every failure is 401 with the PHP's code and message.
#pragma once

#include "WooListingQuery.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <vector>

struct WooApiKey
{
    QByteArray consumerKey;
    QByteArray consumerSecret;
    QByteArray permissions = "read_write"; // read | write | read_write
};

struct WooAuthRequest
{
    QByteArray method;        // "GET", "POST", ...
    bool secure = false;      // is_ssl()
    QByteArray baseUrl;       // scheme://host[:port], the site's home URL as the client sees it
    QByteArray rawPath;       // the request URI's path, as sent
    WooParams query;          // $_GET, decoded as PHP decodes it
    WooParams form;           // $_POST (application/x-www-form-urlencoded bodies only)
    QByteArray authorization; // the Authorization header, empty if none (or stripped)
    qint64 now = 0;
};

struct WooAuthResult
{
    enum class Outcome { Authenticated, Anonymous, Failed };
    Outcome outcome = Outcome::Anonymous;
    const WooApiKey *key = nullptr;
    QByteArray errorBody; // Failed: the 401 reply's body
};

class WooAuthChecker
{
public:
    explicit WooAuthChecker(std::vector<WooApiKey> keys) : m_keys(std::move(keys)) {}

    const std::vector<WooApiKey> &keys() const { return m_keys; }

    WooAuthResult authenticate(const WooAuthRequest &request);
    /// check_permissions(): an empty result when the key may use the method.
    static QByteArray checkPermissions(const WooApiKey &key, const QByteArray &method);

    /// The string WooCommerce signs: METHOD&rawurlencode(url)&params, params sorted with strcmp,
    /// key and value each rawurlencoded, then "key=value" rawurlencoded again, joined by %26.
    static QByteArray signatureBaseString(const QByteArray &method, const QByteArray &url,
                                          const QMap<QByteArray, QByteArray> &params);
    /// PHP's rawurlencode (RFC 3986: all but A-Z a-z 0-9 - _ . ~).
    static QByteArray rawUrlEncode(const QByteArray &text);
    /// Decodes a query string the way PHP fills $_GET: '+' is a space, %XX a byte; the last of
    /// repeated names wins (kept here in order; callers take the last).
    static WooParams parseQuery(const QByteArray &query);

private:
    const WooApiKey *find(const QByteArray &consumerKey) const;
    bool basic(const WooAuthRequest &request, WooAuthResult &result);
    bool oauth(const WooAuthRequest &request, WooAuthResult &result);
    QByteArray checkSignature(const WooAuthRequest &request, const WooApiKey &key,
                              QMap<QByteArray, QByteArray> params) const;
    QByteArray checkTimestampAndNonce(const WooApiKey &key, const QByteArray &timestamp,
                                      const QByteArray &nonce, qint64 now);

    std::vector<WooApiKey> m_keys;
    QHash<QByteArray, QMap<qint64, QByteArray>> m_usedNonces; // per consumer key
};
