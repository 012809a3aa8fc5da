#include "sites/woocommerce/WooClient.h"

#include <QNetworkRequest>

WooClient::WooClient(const SiteConnection &connection, QObject *parent)
    : QObject(parent), m_mode(std::make_shared<WooRequestAuth::Mode>())
{
    const WooCredentials keys = WooCredentials::unpack(connection.secret);
    if (!SiteAddress::parse(connection.siteAddress, &m_address, &m_error))
        return;
    if (!keys.isValid()) {
        m_error = tr("No WooCommerce consumer key and secret for this shop.");
        return;
    }
    m_auth = std::make_shared<WooRequestAuth>(keys.consumerKey, keys.consumerSecret);
    *m_mode = m_address.siteUrl().scheme() == QLatin1String("https") ? WooRequestAuth::Mode::Basic
                                                                     : WooRequestAuth::Mode::OAuth1;
    QUrl apiBase = m_address.siteUrl();
    apiBase.setPath(apiBase.path() + QStringLiteral("/wp-json/wc/v3"));
    auto auth = m_auth;
    auto mode = m_mode;
    m_client = std::make_unique<SiteClient>(
        m_address, apiBase,
        [auth, mode](const QByteArray &verb, QUrl *url, QNetworkRequest *request) {
            const WooRequestAuth::Signed s = auth->sign(*mode, verb, *url);
            if (!s.ok())
                return; // sent unsigned: the site's 401 reaches the user
            *url = s.url;
            for (const auto &[name, value] : s.headers)
                request->setRawHeader(name, value);
        },
        this);
    m_client->setRetryPolicy(connection.retry);
    connect(m_client.get(), &SiteClient::retrying, this, &WooClient::retrying);
    QUrl indexBase = m_address.siteUrl();
    indexBase.setPath(indexBase.path() + QStringLiteral("/wp-json"));
    m_index = std::make_unique<SiteClient>(m_address, indexBase, SiteClient::Authenticator(), this);
    m_index->setRetryPolicy(connection.retry);
}

WooClient::~WooClient()
{
    abortAll();
}

QString WooClient::errorText(const SiteResponse &response)
{
    if (response.outcome == SiteResponse::Outcome::NetworkError)
        return response.errorText;
    return response.errorMessage();
}

void WooClient::withFallback(std::function<void(Callback)> attempt, Callback done)
{
    attempt([this, attempt, done](const SiteResponse &r) {
        if (r.status == 401 && *m_mode == WooRequestAuth::Mode::Basic) {
            // WordPress did not see the Authorization header (or took it for another scheme):
            // WooCommerce also takes the key as query parameters over HTTPS.
            *m_mode = WooRequestAuth::Mode::QueryKeys;
            attempt(done);
            return;
        }
        done(r);
    });
}

void WooClient::get(const QString &path, const QUrlQuery &query, Callback done,
                    std::function<QString(const QByteArray &)> validate)
{
    withFallback([this, path, query,
                  validate](Callback cb) { m_client->get(path, query, std::move(cb), validate); },
                 std::move(done));
}

void WooClient::send(const QByteArray &verb, const QString &path, const QByteArray &jsonBody,
                     Callback done, const QUrlQuery &query)
{
    withFallback(
        [this, verb, path, jsonBody, query](Callback cb) {
            m_client->send(verb, path, jsonBody, {}, std::move(cb), query);
        },
        std::move(done));
}

void WooClient::getIndex(Callback done)
{
    // WordPress answers /wp-json/ itself; a trailing slash as the REST API documents it.
    m_index->get(QString(), {}, std::move(done));
}

void WooClient::abortAll()
{
    if (m_client)
        m_client->abortAll();
    if (m_index)
        m_index->abortAll();
}
