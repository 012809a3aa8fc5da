#include "sites/woocommerce/WooProbe.h"

#include "sites/woocommerce/WooClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
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
            finishWith(m_client->error(),
                       m_client->address().siteUrl().isValid() ? "unauthorized" : "bad-address");
        });
        return;
    }
    m_siteUrl = m_client->address().siteUrl().toString();
    readIndex();
}

void WooProbe::finishWith(const QString &error, const char *failure)
{
    m_result.error = error;
    m_result.ok = error.isEmpty();
    const QLatin1String kind(failure ? failure : "");
    using F = SyncResult::Failure;
    m_result.failure = m_result.ok                             ? F::None
                       : kind == QLatin1String("unreachable")  ? F::Unreachable
                       : kind == QLatin1String("unauthorized") ? F::Unauthorized
                       : kind == QLatin1String("not-a-site")   ? F::NotASite
                       : kind == QLatin1String("bad-address")  ? F::BadAddress
                                                               : F::SiteError;
    if (m_result.ok && m_client->usesQueryKeys()) {
        if (!m_result.notes.isEmpty())
            m_result.notes += QLatin1Char(' ');
        m_result.notes += tr("The server ignored the Authorization header (a proxy or the web "
                             "server drops it), so the key is sent as consumer_key and "
                             "consumer_secret query parameters over HTTPS.");
    }
    Q_EMIT finished(m_result);
}

void WooProbe::readIndex()
{
    m_client->getIndex([this](const SiteResponse &r) {
        if (r.outcome == SiteResponse::Outcome::NetworkError) {
            finishWith(tr("Cannot reach %1: %2").arg(m_siteUrl, r.errorText), "unreachable");
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonObject index = doc.object();
        if (!r.ok() || !index.value(QLatin1String("namespaces")).isArray()) {
            finishWith(tr("%1 is not a WordPress site: it has no WordPress REST API at /wp-json/ "
                          "(HTTP %2).")
                           .arg(m_siteUrl)
                           .arg(r.status),
                       "not-a-site");
            return;
        }
        if (!index.value(QLatin1String("namespaces"))
                 .toArray()
                 .contains(QJsonValue(QStringLiteral("wc/v3")))) {
            finishWith(tr("%1 is a WordPress site without WooCommerce's REST API (no wc/v3): is "
                          "WooCommerce installed and active?")
                           .arg(m_siteUrl),
                       "not-a-site");
            return;
        }
        m_result.shopName = index.value(QLatin1String("name")).toString();
        m_result.timeZone = index.value(QLatin1String("timezone_string")).toString();
        if (m_result.timeZone.isEmpty()) {
            // WordPress keeps either a zone name or a fixed offset ("UTC+8" in its settings).
            const double hours = index.value(QLatin1String("gmt_offset")).toDouble();
            m_result.timeZone = QString::fromUtf8(QTimeZone(int(hours * 3600)).id());
        }
        readStatus();
    });
}

void WooProbe::readStatus()
{
    m_client->get(QStringLiteral("system_status"), {}, [this](const SiteResponse &r) {
        if (r.outcome == SiteResponse::Outcome::NetworkError) {
            finishWith(tr("Cannot reach %1: %2").arg(m_siteUrl, r.errorText), "unreachable");
            return;
        }
        if (r.status == 401 || r.status == 403) {
            finishWith(tr("The shop did not accept the WooCommerce key (%1: %2). Check the key "
                          "under WooCommerce → Settings → Advanced → REST API.")
                           .arg(r.status)
                           .arg(WooClient::errorText(r)),
                       "unauthorized");
            return;
        }
        if (!r.ok()) {
            finishWith(tr("The shop answered %1 for its settings (system_status): %2")
                           .arg(r.status)
                           .arg(WooClient::errorText(r)));
            return;
        }
        const QJsonObject status = QJsonDocument::fromJson(r.body).object();
        const QJsonObject settings = status.value(QLatin1String("settings")).toObject();
        m_result.platformVersion = status.value(QLatin1String("environment"))
                                       .toObject()
                                       .value(QLatin1String("version"))
                                       .toString();
        m_result.currency = settings.value(QLatin1String("currency")).toString();
        if (m_result.currency.isEmpty()) {
            finishWith(tr("The shop's settings name no currency (system_status.settings)."));
            return;
        }
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
                                      "unreachable");
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
