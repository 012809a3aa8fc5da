#include "sites/woocommerce/WooFailure.h"

#include <QCoreApplication>

WooFailure WooFailure::from(const SiteResponse &r, const QString &siteUrl, const QString &what)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("WooFailure", s); };
    WooFailure f;
    const QString said = r.errorMessage();
    if (r.outcome == SiteResponse::Outcome::NetworkError) {
        f.failure = SyncResult::Failure::Unreachable;
        f.message = tr("Cannot reach %1 while reading %2: %3").arg(siteUrl, what, r.errorText);
    } else if (r.status == 401) {
        f.failure = SyncResult::Failure::Unauthorized;
        f.message = tr("The shop did not accept the WooCommerce key (401: %1). Check the key "
                       "under WooCommerce → Settings → Advanced → REST API.")
                        .arg(said);
    } else if (r.status == 403) {
        f.failure = SyncResult::Failure::Forbidden;
        f.message = tr("The WooCommerce key may not read %1 (403: %2).").arg(what, said);
    } else if (r.status == 404) {
        f.failure = SyncResult::Failure::NotASite;
        f.message = tr("%1 has no WooCommerce REST API (404 at /wp-json/wc/v3: %2). Is "
                       "WooCommerce active, and are permalinks other than \"Plain\"?")
                        .arg(siteUrl, said);
    } else {
        f.failure = SyncResult::Failure::SiteError;
        f.message = tr("The shop answered %1 while reading %2: %3").arg(r.status).arg(what, said);
    }
    return f;
}
