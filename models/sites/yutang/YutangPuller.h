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
    // Pages committed together (each still a savepoint with its own state, so a killed sync
    // resumes from the last commit with no gap): a commit rewrites every index page its pages
    // touched into the WAL, and a page's ids land all over the primary keys' indexes. Eight
    // pages per commit: about 4 % less CPU for a first sync of 811,028 records (A/B, three
    // pairs); at most eight pages are fetched again after a kill.
    static constexpr int kPagesPerCommit = 8;

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
