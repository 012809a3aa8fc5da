#pragma once

#include "sync/Records.h"

#include <QJsonObject>
#include <QString>

// Maps WooCommerce REST v3 records into the common records, in the form Yutang's own site API
// sends them (RecordParser reads both alike, so validation and storage are one). A defect the
// common parser cannot see (an amount or a date in WooCommerce's form) is a reason to set the
// record aside; the caller quarantines it with the raw WooCommerce record.
//
// Ids: products and customers keep WooCommerce's ids; a variation is "<parent>:<variation>", as
// a variation is only addressable under its parent (/products/<parent>/variations/<id>).
// Versions are date_modified_gmt in epoch ms: WooCommerce has no version counter, and an edit
// conflicts when the record's date_modified_gmt is no longer the one it was based on.
// Money: decimal strings in the shop's currency decimals, exactly; an order's total is what the
// shop kept (total less refunds), the figure revenue counts.
namespace WooRecordMapper {

struct Context
{
    int decimals = 2; // the shop's currency decimals
    QString siteHost; // where a landing page without a host is (UTM tags without session_entry)
};

QString variationId(qint64 parentId, qint64 variationId);
// "12" → (12, 0); "12:34" → (12, 34). False when `id` is neither.
bool splitProductId(const QString &id, qint64 *productId, qint64 *variationId);

// A simple (or grouped, external) product, or a variation of `parent` when `parent` is given.
bool product(const QJsonObject &wc, const QJsonObject *parent, const Context &context,
             QJsonObject *out, QString *reason);
bool customer(const QJsonObject &wc, QJsonObject *out, QString *reason);
// The order, and the session standing for the visit that bought it (Order Attribution, or
// attribution "none" when the order has no record of one).
bool order(const QJsonObject &wc, const Context &context, QJsonObject *out, QJsonObject *session,
           QString *reason);
// The same as records, for the sync: a page of orders goes to the store without a round trip
// through JSON text dates (a third of a big sync's mapping time).
bool orderRecord(const QJsonObject &wc, const Context &context, OrderRecord *out,
                 SessionRecord *session, QString *reason);

// The common order status for WooCommerce's, and back for writes.
QString orderStatus(const QString &wcStatus, bool paid);
QString wcOrderStatus(const QString &status);
// The common product status for WooCommerce's (publish → active; draft, pending, private →
// draft), and back.
QString productStatus(const QString &wcStatus);
QString wcProductStatus(const QString &status);

} // namespace WooRecordMapper
