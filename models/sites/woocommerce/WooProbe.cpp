#include "sites/woocommerce/WooProbe.h"

#include "sites/woocommerce/WooClient.h"
#include "sites/woocommerce/WooShopReader.h"

#include <QJsonDocument>
#include <QTimer>

WooProbe::WooProbe(const SiteConnection &connection) : m_connection(connection)
{}

WooProbe::~WooProbe() = default;

void WooProbe::start()
{
    SiteConnection once = m_connection;
    once.retry.maxAttempts = 2; // a test, not a sync: a dead address is said soon
    m_client = std::make_unique<WooClient>(once);
    if (!m_client->isValid()) {
        QTimer::singleShot(0, this, [this] {
            finishWith(m_client->error(), m_client->address().siteUrl().isValid()
                                              ? SyncResult::Failure::Unauthorized
                                              : SyncResult::Failure::BadAddress);
        });
        return;
    }
    m_siteUrl = m_client->address().siteUrl().toString();
    readShop();
}

void WooProbe::finishWith(const QString &error, SyncResult::Failure failure)
{
    m_result.error = error;
    m_result.ok = error.isEmpty();
    m_result.failure = m_result.ok ? SyncResult::Failure::None : failure;
    if (m_result.ok && m_client->usesQueryKeys()) {
        if (!m_result.notes.isEmpty())
            m_result.notes += QLatin1Char(' ');
        m_result.notes += tr("The server ignored the Authorization header (a proxy or the web "
                             "server drops it), so the key is sent as consumer_key and "
                             "consumer_secret query parameters over HTTPS.");
    }
    Q_EMIT finished(m_result);
}

void WooProbe::readShop()
{
    WooShopReader::read(*m_client, [this](const WooShopInfo &info, const WooFailure *failure) {
        if (failure) {
            finishWith(failure->message, failure->failure);
            return;
        }
        m_result.shopName = info.shop.name;
        m_result.timeZone = info.shop.timezone;
        m_result.currency = info.shop.currency;
        m_result.platformVersion = info.version;
        tryWrite();
    });
}

void WooProbe::tryWrite()
{
    m_client->send("POST", QStringLiteral("products/batch"), QByteArrayLiteral("{}"),
                   [this](const SiteResponse &r) {
                       if (r.ok()) {
                           m_result.canWrite = true;
                           finishWith({});
                       } else if (r.status == 401 || r.status == 403) {
                           // "The API key provided does not have write permissions."
                           m_result.canWrite = false;
                           finishWith({});
                       } else if (r.outcome == SiteResponse::Outcome::NetworkError) {
                           finishWith(tr("Cannot reach %1: %2").arg(m_siteUrl, r.errorText),
                                      SyncResult::Failure::Unreachable);
                       } else {
                           m_result.canWrite = false;
                           if (!m_result.notes.isEmpty())
                               m_result.notes += QLatin1Char(' ');
                           m_result.notes += tr("Whether the key may change records is not known "
                                                "(the shop answered %1: %2).")
                                                 .arg(r.status)
                                                 .arg(WooClient::errorText(r));
                           finishWith({});
                       }
                   });
}
