#include "sites/woocommerce/WooConnector.h"

#include "outbox/SiteWriter.h"
#include "sites/woocommerce/WooCredentials.h"
#include "sites/woocommerce/WooProbe.h"
#include "sites/woocommerce/WooPuller.h"
#include "sites/woocommerce/WooWriter.h"
#include "sync/SiteProbe.h"

#include <QCoreApplication>

QString WooConnector::id() const
{
    return QStringLiteral("woocommerce");
}

QString WooConnector::displayName() const
{
    return QCoreApplication::translate("SiteKinds", "WooCommerce");
}

SiteCapabilities WooConnector::capabilities() const
{
    SiteCapabilities c;
    c.visits = false;    // Order Attribution describes the visit that bought, no other
    c.referrals = false; // no referral scheme in WooCommerce core
    return c;
}

QStringList WooConnector::secretParts() const
{
    return {QStringLiteral("consumer_key"), QStringLiteral("consumer_secret")};
}

QByteArray WooConnector::packSecret(const QList<QByteArray> &parts) const
{
    return WooCredentials{QString::fromUtf8(parts.value(0)).trimmed(),
                          QString::fromUtf8(parts.value(1)).trimmed()}
        .pack();
}

std::unique_ptr<SitePuller> WooConnector::createPuller(Database &db, PageApplier &applier,
                                                       const SiteConnection &connection) const
{
    return std::make_unique<WooPuller>(db, applier, connection);
}

std::unique_ptr<SiteWriter> WooConnector::createWriter(Database &db,
                                                       const SiteConnection &connection) const
{
    return std::make_unique<WooWriter>(db, connection);
}

std::unique_ptr<SiteProbe> WooConnector::createProbe(const SiteConnection &connection) const
{
    return std::make_unique<WooProbe>(connection);
}
