#pragma once

#include "outbox/SiteWriter.h"
#include "sync/SiteAddress.h"

#include <memory>

class SiteClient;
struct RetryPolicy;

// Yutang's site API takes an edit as PATCH /{collection}/{id} with If-Match (the version the
// edit was based on) and an Idempotency-Key; SiteClient retries timeouts and 5xx with the same
// key, so an edit the site applied before its answer was lost is not applied twice.
class YutangWriter : public SiteWriter
{
    Q_OBJECT
public:
    YutangWriter(const SiteAddress &address, const QByteArray &token, const RetryPolicy &retry);
    ~YutangWriter() override;

    void write(const OutboxEntry &entry, Done done) override;
    void abortAll() override;

private:
    std::unique_ptr<SiteClient> m_client;
};
