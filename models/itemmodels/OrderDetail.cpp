#include "itemmodels/OrderDetail.h"

#include "store/Database.h"

#include <QSqlQuery>

bool OrderDetail::load(Database &db, const QString &orderId, OrderDetail *out)
{
    *out = {};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT o.number, o.status, COALESCE(c.nickname, o.customer_id), o.carrier, "
        "o.tracking_number, s.landing_url, s.referrer_url, o.created_at, o.paid_at, o.total, "
        "(SELECT COALESCE(SUM(oi.quantity), 0) FROM order_items oi WHERE oi.order_id = o.id), "
        "(SELECT COALESCE(SUM(cm.amount), 0) FROM commissions cm WHERE cm.order_id = o.id "
        "AND cm.status <> 'reversed'), "
        "(SELECT COUNT(*) FROM commissions cm WHERE cm.order_id = o.id AND cm.status <> "
        "'reversed') "
        "FROM orders o LEFT JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN sessions s ON s.id = o.session_id WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (!q.exec() || !q.next())
        return false;
    out->id = orderId;
    out->number = q.value(0).toString();
    out->status = q.value(1).toString();
    out->customer = q.value(2).toString();
    out->carrier = q.value(3).toString();
    out->trackingNumber = q.value(4).toString();
    out->landingUrl = q.value(5).toString();
    out->referrerUrl = q.value(6).toString();
    out->createdAt = q.value(7).toLongLong();
    out->paidAt = q.value(8).toLongLong();
    out->total = q.value(9).toLongLong();
    out->itemCount = q.value(10).toLongLong();
    out->commissionBooked = q.value(11).toLongLong();
    out->commissionCount = q.value(12).toLongLong();
    // The traffic schema adds sessions.channel; older stores simply have none.
    QSqlQuery channel(db.connection());
    channel.prepare(QStringLiteral(
        "SELECT s.channel FROM orders o JOIN sessions s ON s.id = o.session_id WHERE o.id = ?"));
    channel.addBindValue(orderId);
    if (channel.exec() && channel.next())
        out->channel = channel.value(0).toString();
    QSqlQuery history(db.connection());
    history.prepare(QStringLiteral(
        "SELECT status, source, at FROM order_status_history WHERE order_id = ? ORDER BY id"));
    history.addBindValue(orderId);
    if (history.exec()) {
        while (history.next())
            out->timeline.append({history.value(0).toString(), history.value(1).toString(),
                                  history.value(2).toLongLong()});
    }
    return true;
}
