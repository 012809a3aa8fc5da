#include "outbox/LocalRecords.h"

#include "store/Database.h"
#include "store/JsonRows.h"
#include "sync/RecordParser.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

bool LocalRecords::read(Collection kind, const QString &id, QJsonObject *values, qint64 *version,
                        QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (kind == Collection::Products)
        q.prepare(QStringLiteral(
            "SELECT title, price, stock, status, category, version FROM products WHERE id = ?"));
    else
        q.prepare(QStringLiteral(
            "SELECT status, carrier, tracking_number, version FROM orders WHERE id = ?"));
    q.addBindValue(id);
    error->clear();
    if (!run(q, error) || !q.next())
        return false;
    if (kind == Collection::Products) {
        *values = {{QStringLiteral("title"), q.value(0).toString()},
                   {QStringLiteral("price"), q.value(1).toLongLong()},
                   {QStringLiteral("stock"), q.value(2).toLongLong()},
                   {QStringLiteral("status"), q.value(3).toString()},
                   {QStringLiteral("category"), q.value(4).toString()}};
        *version = q.value(5).toLongLong();
    } else {
        *values = {{QStringLiteral("status"), q.value(0).toString()},
                   {QStringLiteral("shipping"),
                    QJsonObject{{QStringLiteral("carrier"), q.value(1).toString()},
                                {QStringLiteral("tracking_number"), q.value(2).toString()}}}};
        *version = q.value(3).toLongLong();
    }
    return true;
}

bool LocalRecords::apply(Collection kind, const QString &id, const QJsonObject &fields,
                         QString *error)
{
    QStringList sets;
    QVariantList values;
    if (kind == Collection::Products) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            if (it.key() == QLatin1String("price") || it.key() == QLatin1String("stock"))
                values << qint64(it.value().toDouble());
            else if (it.key() == QLatin1String("category"))
                values << nullableText(it.value().toString());
            else
                values << it.value().toString();
        }
    } else {
        if (fields.contains(QLatin1String("status"))) {
            sets << QStringLiteral("status = ?");
            values << fields.value(QLatin1String("status")).toString();
        }
        if (fields.contains(QLatin1String("shipping"))) {
            const QJsonObject shipping = fields.value(QLatin1String("shipping")).toObject();
            sets << QStringLiteral("carrier = ?") << QStringLiteral("tracking_number = ?");
            values << nullableText(shipping.value(QLatin1String("carrier")).toString())
                   << nullableText(shipping.value(QLatin1String("tracking_number")).toString());
        }
    }
    if (sets.isEmpty())
        return true;
    QSqlQuery q(m_db.connection());
    // Column names come from EditRules' fixed list, never from user text.
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(Collections::name(kind), sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(id);
    return run(q, error);
}

QString LocalRecords::orderIdForNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM orders WHERE number = ?"));
    q.addBindValue(number);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool LocalRecords::storeSiteRecord(Collection kind, const QJsonObject &record,
                                   PageApplier::Observer *observer, QString *error)
{
    ParsedPage page;
    page.collection = kind;
    if (!RecordParser::parseRecord(kind, record, &page)) {
        *error = QCoreApplication::translate("LocalRecords",
                                             "The site answered a record that cannot be stored: %1")
                     .arg(page.quarantined.value(0).reason);
        return false;
    }
    PageApplier applier(m_db);
    if (observer)
        applier.addObserver(observer);
    // The collection's sync state is saved back unchanged: this is not a listing page.
    return applier.apply(page, SyncState::load(m_db, kind), false, error);
}

bool LocalRecords::noteStatus(const QString &orderId, const QString &status, qint64 at,
                              const QString &source, QString *error)
{
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral(
        "SELECT status FROM order_status_history WHERE order_id = ? ORDER BY id DESC LIMIT 1"));
    last.addBindValue(orderId);
    if (!run(last, error))
        return false;
    if (last.next() && last.value(0).toString() == status)
        return true;
    QSqlQuery add(m_db.connection());
    add.prepare(QStringLiteral(
        "INSERT INTO order_status_history (order_id, status, at, source) VALUES (?, ?, ?, ?)"));
    add.addBindValue(orderId);
    add.addBindValue(status);
    add.addBindValue(at);
    add.addBindValue(source);
    return run(add, error);
}

bool LocalRecords::noteStatuses(const QList<StatusNote> &notes, const QString &source,
                                QString *error)
{
    if (notes.isEmpty())
        return true;
    QSet<QString> ids;
    for (const StatusNote &n : notes)
        ids.insert(n.orderId);
    // One statement each way for the whole page, keys and rows as one JSON text (JsonRows).
    QHash<QString, QString> last; // order id -> the last status noted
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT order_id, status FROM order_status_history WHERE id IN "
                             "(SELECT MAX(id) FROM order_status_history WHERE order_id IN %1 "
                             "GROUP BY order_id)")
                  .arg(m_db.dialect().jsonKeys()));
    q.addBindValue(JsonRows::keys(ids));
    if (!run(q, error))
        return false;
    while (q.next())
        last.insert(q.value(0).toString(), q.value(1).toString());
    // In page order, as one noteStatus() after the other: an order listed twice is compared with
    // its own earlier note.
    JsonRows added;
    for (const StatusNote &n : notes) {
        auto it = last.find(n.orderId);
        if (it != last.end() && it.value() == n.status)
            continue;
        last.insert(n.orderId, n.status);
        added.append({n.orderId, n.status, n.at, source});
    }
    if (added.isEmpty())
        return true;
    using T = SqlDialect::ValueType;
    QSqlQuery add(m_db.connection());
    // json_each and json_array_elements give the rows in the text's order, so the history's ids
    // keep the page's order.
    add.prepare(QStringLiteral("INSERT INTO order_status_history (order_id, status, at, source) "
                               "SELECT order_id, status, at, source FROM %1 AS r")
                    .arg(m_db.dialect().jsonRows({{QStringLiteral("order_id"), T::Text},
                                                  {QStringLiteral("status"), T::Text},
                                                  {QStringLiteral("at"), T::Integer},
                                                  {QStringLiteral("source"), T::Text}})));
    add.addBindValue(added.parameter(m_db.dialect()));
    return run(add, error);
}
