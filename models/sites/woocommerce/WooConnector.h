#pragma once

#include "sync/SiteConnector.h"

// WooCommerce's REST API v3. The secret is a consumer key and secret (WooCredentials). Its
// core records no visit that did not buy and has no referral scheme: the panes say so.
class WooConnector : public SiteConnector
{
public:
    QString id() const override;
    QString displayName() const override;
    SiteCapabilities capabilities() const override;
    QStringList secretParts() const override;
    QByteArray packSecret(const QList<QByteArray> &parts) const override;
    std::unique_ptr<SitePuller> createPuller(Database &db, PageApplier &applier,
                                             const SiteConnection &connection) const override;
    std::unique_ptr<SiteWriter> createWriter(Database &db,
                                             const SiteConnection &connection) const override;
    std::unique_ptr<SiteProbe> createProbe(const SiteConnection &connection) const override;
};
