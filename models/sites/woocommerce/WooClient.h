#pragma once

#include "sites/woocommerce/WooCredentials.h"
#include "sites/woocommerce/WooRequestAuth.h"
#include "sync/SiteClient.h"
#include "sync/SiteConnection.h"

#include <QObject>
#include <memory>

// HTTP to one WooCommerce shop's REST API (<site>/wp-json/wc/v3), authenticated as WooCommerce
// checks keys (class-wc-rest-authentication.php): over HTTPS with HTTP Basic, falling back for
// good to the documented consumer_key/consumer_secret query parameters when the server ignores
// the header (common behind proxies that drop Authorization); over plain HTTP, which Yutang
// allows to loopback only, with one-legged OAuth 1.0a, signed afresh for every attempt.
class WooClient : public QObject
{
    Q_OBJECT
public:
    // Checks the address and key; on failure isValid() is false and error() says why.
    explicit WooClient(const SiteConnection &connection, QObject *parent = nullptr);
    ~WooClient() override;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const SiteAddress &address() const { return m_address; }
    // True once Basic was ignored and the keys go in the query string.
    bool usesQueryKeys() const { return *m_mode == WooRequestAuth::Mode::QueryKeys; }

    using Callback = SiteClient::Callback;
    void get(const QString &path, const QUrlQuery &query, Callback done,
             std::function<QString(const QByteArray &)> validate = {});
    void send(const QByteArray &verb, const QString &path, const QByteArray &jsonBody,
              Callback done, const QUrlQuery &query = {});
    // GET <site>/wp-json/ (the WordPress index: name, time zone; no key needed).
    void getIndex(Callback done);
    void abortAll();

    // The message WordPress put in an error answer, or the HTTP failure.
    static QString errorText(const SiteResponse &response);

Q_SIGNALS:
    void retrying(const QString &what, int attempt, int delayMs, const QString &reason);

private:
    // Runs `attempt` and, when Basic is answered 401, once more with query-string keys.
    void withFallback(std::function<void(Callback)> attempt, Callback done);

    SiteAddress m_address;
    QString m_error;
    std::shared_ptr<WooRequestAuth> m_auth;
    std::shared_ptr<WooRequestAuth::Mode> m_mode;
    std::unique_ptr<SiteClient> m_client;
    std::unique_ptr<SiteClient> m_index;
};
