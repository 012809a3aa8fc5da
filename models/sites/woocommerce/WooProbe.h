#pragma once

#include "sync/SiteConnection.h"
#include "sync/SiteProbe.h"

#include <QJsonObject>
#include <memory>

class WooClient;
struct SiteResponse;

// Tests a WooCommerce address and key without changing anything:
// 1. GET <site>/wp-json/ (no key): is it WordPress, with WooCommerce's wc/v3 namespace? Its name
//    and time zone.
// 2. GET system_status (the key must be accepted and may read): WooCommerce's version, the
//    currency and its decimals.
// 3. POST products/batch with an empty batch {}: WooCommerce checks a key's permission against
//    the method before the route runs, so a read-only key is answered 401 "does not have write
//    permissions", and a read/write key an empty answer — nothing is created, changed or deleted.
//
class WooProbe : public SiteProbe
{
    Q_OBJECT
public:
    explicit WooProbe(const SiteConnection &connection);
    ~WooProbe() override;
    void start() override;

private:
    void readShop();
    void tryWrite();
    void finishWith(const QString &error,
                    SyncResult::Failure failure = SyncResult::Failure::SiteError);

    SiteConnection m_connection;
    std::unique_ptr<WooClient> m_client;
    SiteProbeResult m_result;
    QString m_siteUrl;
};
