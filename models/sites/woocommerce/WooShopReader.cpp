#include "sites/woocommerce/WooShopReader.h"

#include "sites/woocommerce/WooClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("WooShopReader", s);
}

} // namespace

void WooShopReader::read(WooClient &client,
                         std::function<void(const WooShopInfo &, const WooFailure *)> done)
{
    const QString siteUrl = client.address().siteUrl().toString();
    client.getIndex([&client, siteUrl, done](const SiteResponse &r) {
        const QJsonObject index = QJsonDocument::fromJson(r.body).object();
        WooFailure failure;
        failure.failure = SyncResult::Failure::NotASite;
        if (r.outcome == SiteResponse::Outcome::NetworkError) {
            failure = WooFailure::from(r, siteUrl, tr("the WordPress index"));
        } else if (!r.ok() || !index.value(QLatin1String("namespaces")).isArray()) {
            failure.message = tr("%1 is not a WordPress site: it has no WordPress REST API at "
                                 "/wp-json/ (HTTP %2).")
                                  .arg(siteUrl)
                                  .arg(r.status);
        } else if (!index.value(QLatin1String("namespaces"))
                        .toArray()
                        .contains(QJsonValue(QStringLiteral("wc/v3")))) {
            failure.message = tr("%1 is a WordPress site without WooCommerce's REST API (no "
                                 "wc/v3): is WooCommerce installed and active?")
                                  .arg(siteUrl);
        }
        if (!failure.message.isEmpty()) {
            done({}, &failure);
            return;
        }
        client.get(
            QStringLiteral("system_status"), {},
            [siteUrl, index, done, site = client.address().siteUrl()](const SiteResponse &r) {
                if (!r.ok()) {
                    const WooFailure failure =
                        WooFailure::from(r, siteUrl, tr("the shop's settings"));
                    done({}, &failure);
                    return;
                }
                const QJsonObject status = QJsonDocument::fromJson(r.body).object();
                const QJsonObject settings = status.value(QLatin1String("settings")).toObject();
                WooShopInfo info;
                ShopRecord &shop = info.shop;
                shop.kind = QStringLiteral("woocommerce");
                shop.id = site.host() + site.path();
                shop.name = index.value(QLatin1String("name")).toString();
                if (shop.name.isEmpty())
                    shop.name = site.host();
                shop.currency = settings.value(QLatin1String("currency")).toString();
                shop.currencyDecimals =
                    settings.value(QLatin1String("number_of_decimals")).toInt(2);
                // WordPress keeps either a zone name or a fixed offset ("UTC+8").
                shop.timezone = index.value(QLatin1String("timezone_string")).toString();
                if (shop.timezone.isEmpty() || !QTimeZone(shop.timezone.toUtf8()).isValid()) {
                    const double hours = index.value(QLatin1String("gmt_offset")).toDouble();
                    shop.timezone = QString::fromUtf8(QTimeZone(int(hours * 3600)).id());
                }
                info.version = status.value(QLatin1String("environment"))
                                   .toObject()
                                   .value(QLatin1String("version"))
                                   .toString();
                if (shop.currency.isEmpty() || shop.currencyDecimals < 0 ||
                    shop.currencyDecimals > 6) {
                    WooFailure failure;
                    failure.failure = SyncResult::Failure::NotASite;
                    failure.message = tr("The shop's settings name no currency "
                                         "(system_status.settings).");
                    done({}, &failure);
                    return;
                }
                done(info, nullptr);
            });
    });
}
