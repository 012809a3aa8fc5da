#include "sites/yutang/YutangProbe.h"

#include "sync/RecordParser.h"
#include "sync/SiteClient.h"

#include <QTimer>

YutangProbe::YutangProbe(const SiteConnection &connection) : m_connection(connection)
{}

YutangProbe::~YutangProbe() = default;

void YutangProbe::start()
{
    SiteAddress address;
    QString error;
    if (!SiteAddress::parse(m_connection.siteAddress, &address, &error)) {
        QTimer::singleShot(0, this, [this, error] {
            SiteProbeResult result;
            result.error = error;
            result.failure = SyncResult::Failure::BadAddress;
            Q_EMIT finished(result);
        });
        return;
    }
    m_client = std::make_unique<SiteClient>(address, m_connection.secret);
    RetryPolicy once = m_connection.retry;
    once.maxAttempts = 2;
    m_client->setRetryPolicy(once);
    m_client->get(QStringLiteral("shop"), {}, [this](const SiteResponse &r) {
        SiteProbeResult result;
        ShopRecord shop;
        QString error;
        using F = SyncResult::Failure;
        if (r.outcome == SiteResponse::Outcome::NetworkError) {
            result.error = tr("Cannot reach %1: %2")
                               .arg(m_client->address().siteUrl().toString(), r.errorText);
            result.failure = F::Unreachable;
        } else if (r.status == 401 || r.status == 403) {
            result.error = tr("The site did not accept the access token (%1).").arg(r.status);
            result.failure = F::Unauthorized;
        } else if (r.status == 404) {
            result.error = tr("%1 has no Yutang API (404).")
                               .arg(m_client->address().siteUrl().toString());
            result.failure = F::NotASite;
        } else if (!r.ok()) {
            result.error = tr("The site answered %1: %2").arg(r.status).arg(r.errorMessage());
            result.failure = F::SiteError;
        } else if (!RecordParser::parseShop(r.body, &shop, &error)) {
            result.error = error;
            result.failure = F::NotASite;
        }
        result.ok = result.error.isEmpty();
        result.shopName = shop.name;
        result.currency = shop.currency;
        result.timeZone = shop.timezone;
        // The site API cannot say what a token may do without a write.
        result.writeKnown = false;
        Q_EMIT finished(result);
    });
}
