#pragma once

#include "sync/SiteConnector.h"

// Yutang's own site API (docs/openapi.yaml): the secret is the bearer token as stored.
class YutangConnector : public SiteConnector
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
