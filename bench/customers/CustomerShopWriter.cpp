#include "CustomerShopWriter.h"

#include "analytics/ShopDay.h"
#include "core/ShopCalendar.h"
#include "referrals/CommissionRates.h"
#include "store/Database.h"
#include "store/JsonRows.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace {

using T = SqlDialect::ValueType;

// Rows of one table, sent as JSON texts of kChunk rows.
class Sink
{
public:
    static constexpr int kChunk = 20000;
    Sink(Database &db, const QString &table, const QList<SqlDialect::JsonColumn> &columns)
        : m_db(db)
    {
        QStringList names;
        for (const auto &c : columns)
            names << c.name;
        m_sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 AS r")
                    .arg(table, names.join(QStringLiteral(", ")), db.dialect().jsonRows(columns));
    }
    bool add(const QVariantList &row, QString *error)
    {
        m_rows.append(row);
        ++m_count;
        return m_rows.size() < kChunk || flush(error);
    }
    bool flush(QString *error)
    {
        if (m_rows.isEmpty())
            return true;
        QSqlQuery q(m_db.connection());
        q.prepare(m_sql);
        q.addBindValue(m_rows.parameter(m_db.dialect()));
        m_rows = JsonRows();
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }
    qint64 count() const { return m_count; }

private:
    Database &m_db;
    QString m_sql;
    JsonRows m_rows;
    qint64 m_count = 0;
};

struct Channel
{
    const char *channel;
    const char *source;
    int weight;
};

// Where customers first came from; invited customers mostly through a WeChat share.
const Channel kChannels[] = {
    {"wechat", "wechat_group", 160},  {"wechat", "wechat_moments", 110},
    {"wechat", "wechat_article", 60}, {"search", "baidu", 170},
    {"search", "sogou", 40},          {"paid_search", "baidu", 50},
    {"social", "xiaohongshu", 90},    {"social", "douyin", 80},
    {"social", "zhihu", 40},          {"campaign", "newsletter", 30},
    {"direct", "direct", 130},
};

const Channel &pickChannel(QRandomGenerator &rng)
{
    int total = 0;
    for (const Channel &c : kChannels)
        total += c.weight;
    int x = int(rng.bounded(total));
    for (const Channel &c : kChannels) {
        if (x < c.weight)
            return c;
        x -= c.weight;
    }
    return kChannels[0];
}

const QList<SqlDialect::JsonColumn> kOrderColumns = {
    {QStringLiteral("id"), T::Text},
    {QStringLiteral("number"), T::Text},
    {QStringLiteral("customer_id"), T::Text},
    {QStringLiteral("status"), T::Text},
    {QStringLiteral("created_at"), T::Integer},
    {QStringLiteral("paid_at"), T::Integer},
    {QStringLiteral("total"), T::Integer},
    {QStringLiteral("updated_at"), T::Integer},
    {QStringLiteral("version"), T::Integer},
};
const QList<SqlDialect::JsonColumn> kCommissionColumns = {
    {QStringLiteral("id"), T::Text},
    {QStringLiteral("order_id"), T::Text},
    {QStringLiteral("beneficiary_id"), T::Text},
    {QStringLiteral("level"), T::Integer},
    {QStringLiteral("amount"), T::Integer},
    {QStringLiteral("status"), T::Text},
    {QStringLiteral("created_at"), T::Integer},
    {QStringLiteral("updated_at"), T::Integer},
};

QString customerId(int i)
{
    return QStringLiteral("c_%1").arg(i + 1);
}

const char *const kStatuses[] = {"paid",      "shipped",   "completed", "completed", "completed",
                                 "completed", "completed", "refunded",  "pending",   "cancelled"};

} // namespace

bool CustomerShopWriter::writeOrder(int number, int buyer, qint64 at, const QString &status,
                                    qint64 total, QList<QVariantList> *orderRows,
                                    QList<QVariantList> *commissionRows, QStringList *commissionIds)
{
    const QString id = QStringLiteral("o_%1").arg(number);
    const bool paid = status != QLatin1String("pending") && status != QLatin1String("cancelled");
    const QVariant none = QVariant(QMetaType(QMetaType::QString));
    orderRows->append({id, id, buyer < 0 ? none : QVariant(customerId(buyer)), status, at,
                       paid ? QVariant(at + 90000) : QVariant(), total, at, 1});
    if (!paid || buyer < 0)
        return true;
    static const int rates[] = {1000, 500, 200};
    int up = m_members.at(buyer).referrer;
    for (int level = 1; level <= 3 && up >= 0; ++level, up = m_members.at(up).referrer) {
        const QString cid = QStringLiteral("cm_%1").arg(++m_commissionNo);
        if (commissionIds)
            *commissionIds << cid;
        commissionRows->append({cid, id, customerId(up), level,
                                CommissionRates::amountFor(total, rates[level - 1]),
                                status == QLatin1String("refunded") ? QStringLiteral("reversed")
                                                                    : QStringLiteral("confirmed"),
                                at + 90000, at + 90000});
    }
    return true;
}

bool CustomerShopWriter::write(Database &db, Result *result, QString *error)
{
    QRandomGenerator rng(seed);
    const ShopCalendar calendar("Asia/Shanghai");
    const qint64 start = calendar.startOfDay(firstDay());
    const qint64 end = calendar.endOfDay(lastDay());
    const qint64 span = end - start;
    constexpr qint64 kDay = 86400000;
    QSqlDatabase conn = db.connection();
    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral(
            "INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) VALUES "
            "('bench', '山野茶舍', 'CNY', 'Asia/Shanghai', '[1000,500,200]', 0)"))) {
        *error = q.lastError().text();
        return false;
    }

    // Customers: registration times growing over the two years (early ones before them).
    QList<qint64> times;
    for (int i = 0; i < customers; ++i) {
        if (rng.bounded(100) < 3) {
            times << start - qint64(rng.bounded(700)) * kDay - qint64(rng.bounded(86400000u));
        } else {
            // Density growing linearly: the inverse of a quadratic cumulative distribution.
            const double u = rng.generateDouble();
            const double x = (std::sqrt(1.0 + 3.0 * u) - 1.0); // in [0, 1)
            times << start + qint64(x * double(span - kDay));
        }
    }
    std::sort(times.begin(), times.end());
    m_members.clear();
    QList<int> depth;
    Sink customerRows(db, QStringLiteral("customers"),
                      {{QStringLiteral("id"), T::Text},
                       {QStringLiteral("nickname"), T::Text},
                       {QStringLiteral("registered_at"), T::Integer},
                       {QStringLiteral("referrer_id"), T::Text},
                       {QStringLiteral("wechat_followed"), T::Integer},
                       {QStringLiteral("updated_at"), T::Integer}});
    Sink sessionRows(db, QStringLiteral("sessions"),
                     {{QStringLiteral("id"), T::Text},
                      {QStringLiteral("visitor_id"), T::Text},
                      {QStringLiteral("customer_id"), T::Text},
                      {QStringLiteral("started_at"), T::Integer},
                      {QStringLiteral("day"), T::Integer},
                      {QStringLiteral("channel"), T::Text},
                      {QStringLiteral("source"), T::Text},
                      {QStringLiteral("new_visitor"), T::Integer},
                      {QStringLiteral("registered"), T::Integer}});
    Sink eventRows(db, QStringLiteral("events"),
                   {{QStringLiteral("id"), T::Text},
                    {QStringLiteral("session_id"), T::Text},
                    {QStringLiteral("type"), T::Text},
                    {QStringLiteral("at"), T::Integer},
                    {QStringLiteral("customer_id"), T::Text}});
    Sink visitorRows(db, QStringLiteral("visitor_lifecycle"),
                     {{QStringLiteral("visitor_id"), T::Text},
                      {QStringLiteral("first_day"), T::Integer},
                      {QStringLiteral("first_at"), T::Integer},
                      {QStringLiteral("channel"), T::Text},
                      {QStringLiteral("source"), T::Text},
                      {QStringLiteral("step"), T::Integer}});
    const QVariant none = QVariant(QMetaType(QMetaType::QString));
    qint64 sessionNo = 0;
    auto session = [&](const QString &visitor, const QVariant &customer, qint64 at,
                       const Channel &c, bool first, bool registers) {
        const QString id = QStringLiteral("s_%1").arg(++sessionNo);
        const int day = ShopDay::key(calendar.dayOf(at));
        bool ok = sessionRows.add({id, visitor, customer, at, day, QString::fromLatin1(c.channel),
                                   QString::fromLatin1(c.source), first ? 1 : 0, registers ? 1 : 0},
                                  error);
        if (ok && first)
            ok = visitorRows.add({visitor, day, at, QString::fromLatin1(c.channel),
                                  QString::fromLatin1(c.source), 1},
                                 error);
        if (ok && registers)
            ok = eventRows.add({QStringLiteral("e_%1").arg(sessionNo), id,
                                QStringLiteral("register"), at + 60000, customer},
                               error);
        return ok;
    };
    const Channel share{"wechat", "wechat_chat", 0};
    const Channel direct{"direct", "direct", 0};
    for (int i = 0; i < customers; ++i) {
        Member m;
        m.registeredAt = times.at(i);
        int d = 0;
        if (i > 10 && m.registeredAt >= start && rng.bounded(100) < 45) {
            // Recent customers invite more: a referrer among the last tenth, or anyone earlier.
            m.referrer = rng.bounded(2) ? int(rng.bounded(i))
                                        : i - 1 - int(rng.bounded(std::max(1, i / 10)));
            d = depth.at(m.referrer) + 1;
            ++result->invited;
        }
        depth << d;
        result->deepest = std::max<qint64>(result->deepest, d);
        m_members << m;
        const QString id = customerId(i);
        if (!customerRows.add(
                {id,
                 rng.bounded(20) ? QVariant(QStringLiteral("会员%1").arg(rng.bounded(1000000)))
                                 : none,
                 m.registeredAt, m.referrer < 0 ? none : QVariant(customerId(m.referrer)),
                 rng.bounded(3) ? 1 : 0, m.registeredAt},
                error))
            return false;
        // The visitor's first visit (anonymous), then the registration visit, maybe one more.
        const QString visitor = QStringLiteral("v_%1").arg(i + 1);
        const Channel &acquired =
            m.referrer >= 0 && rng.bounded(100) < 70 ? share : pickChannel(rng);
        qint64 firstAt = m.registeredAt - qint64(rng.bounded(20 * 86400)) * 1000;
        if (m.registeredAt < start) // an early customer, back in the history
            firstAt = start + qint64(rng.bounded(quint32(span / 1000 - 86400))) * 1000;
        const bool registers = m.registeredAt >= start;
        if (!session(visitor, none, std::min(firstAt, m.registeredAt - 60000), acquired, true,
                     false) ||
            !session(visitor, id, std::max(firstAt, m.registeredAt),
                     rng.bounded(2) ? direct : acquired, false, registers))
            return false;
        if (rng.bounded(100) < 40) {
            const qint64 later =
                std::max(firstAt, m.registeredAt) + qint64(rng.bounded(60 * 86400)) * 1000;
            if (later < end && !session(visitor, id, later, pickChannel(rng), false, false))
                return false;
        }
    }
    if (!customerRows.flush(error) || !sessionRows.flush(error) || !eventRows.flush(error) ||
        !visitorRows.flush(error))
        return false;
    result->sessions = sessionRows.count();
    result->events = eventRows.count();

    // Buyers: 60 % of customers, weighted (a few buy often).
    QList<int> pool;
    for (int i = 0; i < customers; ++i) {
        if (rng.bounded(100) >= 60)
            continue;
        const int weight = 1 + int(-std::log(1.0 - rng.generateDouble()) * 4.0);
        for (int k = 0; k < weight; ++k)
            pool << i;
    }
    Sink orderRows(db, QStringLiteral("orders"), kOrderColumns);
    Sink commissionRows(db, QStringLiteral("commissions"), kCommissionColumns);
    QList<QVariantList> ordersOut, commissionsOut;
    for (int o = 0; o < orders; ++o) {
        const int buyer = rng.bounded(50) == 0 ? -1 : pool.at(int(rng.bounded(pool.size())));
        const qint64 from = buyer < 0 ? start : std::max(start, m_members.at(buyer).registeredAt);
        const qint64 at = from + qint64(rng.generateDouble() *
                                        double(std::max<qint64>(0, end - kDay / 2 - from)));
        ordersOut.clear();
        commissionsOut.clear();
        writeOrder(++m_orderNo, buyer, at, QString::fromLatin1(kStatuses[rng.bounded(10)]),
                   1000 + rng.bounded(49000), &ordersOut, &commissionsOut, nullptr);
        for (const QVariantList &row : std::as_const(ordersOut))
            if (!orderRows.add(row, error))
                return false;
        for (const QVariantList &row : std::as_const(commissionsOut))
            if (!commissionRows.add(row, error))
                return false;
    }
    if (!orderRows.flush(error) || !commissionRows.flush(error))
        return false;
    result->commissions = commissionRows.count();
    if (!conn.commit()) {
        *error = conn.lastError().text();
        return false;
    }
    return true;
}

bool CustomerShopWriter::addOrders(Database &db, int count, QStringList *orderIds,
                                   QStringList *commissionIds, int *customersTouched,
                                   QString *error)
{
    QRandomGenerator rng(seed + 1);
    const ShopCalendar calendar("Asia/Shanghai");
    const qint64 dayStart = calendar.startOfDay(lastDay());
    QList<QVariantList> orderRows, commissionRows;
    QSet<int> buyers;
    for (int i = 0; i < count; ++i) {
        // Mostly distinct customers, some buying twice.
        const int buyer = i > 0 && rng.bounded(100) < 7
                              ? *std::next(buyers.cbegin(), int(rng.bounded(buyers.size())))
                              : int(rng.bounded(m_members.size()));
        buyers.insert(buyer);
        orderIds->append(QStringLiteral("o_%1").arg(m_orderNo + 1));
        writeOrder(++m_orderNo, buyer,
                   std::max(dayStart + qint64(rng.bounded(20 * 3600)) * 1000,
                            m_members.at(buyer).registeredAt + 1000),
                   QString::fromLatin1(kStatuses[rng.bounded(7)]), 1000 + rng.bounded(49000),
                   &orderRows, &commissionRows, commissionIds);
    }
    *customersTouched = int(buyers.size());
    Sink orderSink(db, QStringLiteral("orders"), kOrderColumns);
    Sink commissionSink(db, QStringLiteral("commissions"), kCommissionColumns);
    for (const QVariantList &row : std::as_const(orderRows))
        if (!orderSink.add(row, error))
            return false;
    for (const QVariantList &row : std::as_const(commissionRows))
        if (!commissionSink.add(row, error))
            return false;
    return orderSink.flush(error) && commissionSink.flush(error);
}
