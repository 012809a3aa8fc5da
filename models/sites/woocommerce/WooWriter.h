#pragma once

#include "outbox/SiteWriter.h"
#include "sync/SiteConnection.h"

#include <QJsonObject>
#include <memory>

class Database;
class WooClient;
struct SiteResponse;

// Sends one outbox entry to a WooCommerce shop the documented way (REST API v3):
// - a product edit: PUT /products/<id>, or PUT /products/<parent>/variations/<id> for a variation
//   ("<parent>:<variation>"), with regular_price (the shop's currency decimals), stock_quantity
//   with manage_stock, status and, for a product of its own, name;
// - an order's status: PUT /orders/<id> {status};
// - a shipment: PUT /orders/<id> {status: completed}, then POST /orders/<id>/notes with the carrier
//   and tracking number as a note to the customer.
//
// WooCommerce has no ETag or If-Match, so every write is preceded by a GET: when the record's
// date_modified_gmt is no longer the entry's base version, the edit is a conflict (unless the
// record already holds exactly what the edit would set). The check is not atomic: a change made
// on the shop between the GET's answer and the PUT's arrival — one round trip — is overwritten
// without notice. And date_modified_gmt counts whole seconds, so a change made in the same second
// as the version the edit was based on goes unseen too.
//
// Order writes carry the entry's idempotency key as order meta (_yutang_edit), so a retry can tell
// its own earlier write (answer lost, or the shipment's note not sent yet) from someone else's.
// The shipment's note is sent once, never re-sent blindly: after a failure the order's customer
// notes are read, and the note is posted again only when none has the tracking number.
class WooWriter : public SiteWriter
{
    Q_OBJECT
public:
    WooWriter(Database &db, const SiteConnection &connection);
    ~WooWriter() override;

    void write(const OutboxEntry &entry, Done done) override;
    void abortAll() override;

    // The order meta key that holds the idempotency key of the last edit Yutang wrote.
    static QString markerKey();

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;

    void withDecimals(const JobPtr &job, std::function<void()> next);
    void writeProduct(const JobPtr &job);
    void checkProduct(const JobPtr &job);
    void writeOrder(const JobPtr &job);
    void ensureNote(const JobPtr &job);
    void postNote(const JobPtr &job);
    void finishOrder(const JobPtr &job, const QJsonObject &wcOrder);

    QJsonObject productBody(const QJsonObject &fields) const;
    bool productHas(const QJsonObject &wc, const QJsonObject &fields) const;
    bool mapProduct(const JobPtr &job, const QJsonObject &wc, QJsonObject *out);
    bool mapOrder(const JobPtr &job, const QJsonObject &wc, QJsonObject *out);
    void fail(const JobPtr &job, const SiteResponse &response);

    Database &m_db;
    QString m_siteHost;
    int m_decimals = -1;                 // -1: not known yet
    std::unique_ptr<WooClient> m_client; // reads and PUTs: retried (a PUT sets, it can repeat)
    std::unique_ptr<WooClient> m_once;   // POST of a note: sent once, checked before it is re-sent
};
