// Test-control endpoints under /api/yutang/v1/_admin, enabled only with --admin:
//   POST /_admin/expire-sync-tokens        every earlier sync token then answers 410
//   POST /_admin/delete/<collection>/<id>  deletes a record (incremental sync reports it)
//   POST /_admin/touch/<collection>/<id>   optional JSON body of fields to set; bumps version
//   POST /_admin/add-orders?n=K            K new visits that each place an order now
//   POST /_admin/faults                    JSON body: fail_rate, rate_limit_every, ... at runtime
//   GET  /_admin/records/<collection>/<id> one record as stored (even if deleted)
//   GET  /_admin/stats                     counts, seq, writes per idempotency key, faults, cache
//   GET  /_admin/planted                   anomalies, booking mistakes, malformed records
#pragma once

#include "HttpReply.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

struct SiteContext;

class AdminApi
{
public:
    explicit AdminApi(SiteContext &site) : m_site(site) {}

    /// path is the part after "/_admin", e.g. "/touch/products/p_3".
    HttpReply handle(QHttpServerRequest::Method method, const QByteArray &path,
                     const QUrlQuery &query, const QByteArray &body);

private:
    HttpReply touch(const QList<QByteArray> &parts, const QByteArray &body);
    HttpReply remove(const QList<QByteArray> &parts);
    HttpReply record(const QList<QByteArray> &parts);
    HttpReply addOrders(const QUrlQuery &query);
    HttpReply stats();
    HttpReply planted();

    SiteContext &m_site;
};
