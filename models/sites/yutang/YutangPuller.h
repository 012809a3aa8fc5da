#pragma once

#include "sync/SiteClient.h"
#include "sync/SitePuller.h"

#include <memory>

class CollectionSync;
class Database;
class PageApplier;
class SiteClient;
struct SiteConnection;

// Yutang's own site API: GET /shop, then every collection by cursor (CollectionSync), listed
// side by side in parts where the site offers it and is far away.
class YutangPuller : public SitePuller
{
    Q_OBJECT
public:
    static constexpr int kFarSiteMs = 15;
    static constexpr int kAutoPartitions = 4;
    static constexpr int kDefaultPageLimit = 1000;

    YutangPuller(Database &db, PageApplier &applier, const SiteConnection &connection);
    ~YutangPuller() override;

    void start(const Options &options) override;
    void abort() override;
    QMap<QString, CollectionCounts> counts() const override;

private:
    void fetchShop();
    void startCollections();

    Database &m_db;
    PageApplier &m_applier;
    QString m_siteAddress;
    QByteArray m_token;
    RetryPolicy m_retry;
    Options m_options;
    std::unique_ptr<SiteClient> m_client;
    QList<CollectionSync *> m_syncs;
    qint64 m_shopRoundTripMs = 0;
};
