#pragma once

#include "sync/SiteConnection.h"
#include "sync/SiteProbe.h"

#include <memory>

class SiteClient;

// Tests a Yutang site address and token: GET /shop. The site API has no way to ask what a token
// may do without doing it, so write access is learnt on the first push.
class YutangProbe : public SiteProbe
{
    Q_OBJECT
public:
    explicit YutangProbe(const SiteConnection &connection);
    ~YutangProbe() override;
    void start() override;

private:
    SiteConnection m_connection;
    std::unique_ptr<SiteClient> m_client;
};
