#include "ReferralFixture.h"

#include "core/ShopCalendar.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ReferralFixture {

qint64 shopMs(QDate day, int hour, int minute)
{
    const ShopCalendar calendar;
    return calendar.startOfDay(day) + (hour * 60 + minute) * 60000LL;
}

bool exec(Database &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = sql + QStringLiteral(": ") + q.lastError().text();
    return false;
}

bool addCustomer(Database &db, const QString &id, const QString &referrer, qint64 registeredAt)
{
    return exec(
        db,
        QStringLiteral(
            "INSERT INTO customers (id, nickname, registered_at, referrer_id, wechat_followed, "
            "updated_at) VALUES (?, ?, ?, ?, 0, 0)"),
        {id, QStringLiteral("nick-") + id, registeredAt,
         referrer.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(referrer)});
}

bool fill(Database &db, QString *error)
{
    const QDate nov1(2026, 11, 1);
    if (!exec(db,
              QStringLiteral("INSERT INTO shop (id, name, currency, timezone, rates_bp, "
                             "fetched_at) VALUES (?, ?, ?, ?, ?, 0)"),
              {QStringLiteral("shop_1"), QStringLiteral("山野茶舍"), QStringLiteral("CNY"),
               QStringLiteral("Asia/Shanghai"), QStringLiteral("[1000,500,200]")},
              error))
        return false;
    const QList<std::pair<const char *, const char *>> customers = {
        {"a", ""},  {"b", "a"}, {"c", "b"}, {"d", "c"}, {"e", "d"},
        {"f", "a"}, {"s", "s"}, {"x", "y"}, {"y", "x"}, {"g", "ghost"},
    };
    int n = 0;
    for (const auto &[id, ref] : customers) {
        if (!addCustomer(db, QString::fromLatin1(id), QString::fromLatin1(ref),
                         shopMs(nov1.addDays(n++), 10))) {
            if (error)
                *error = QStringLiteral("customer %1").arg(QString::fromLatin1(id));
            return false;
        }
    }
    struct O
    {
        const char *id, *customer, *status;
        qint64 total;
        int day;
    };
    const QList<O> orders = {
        {"o1", "d", "paid", 10000, 20},     {"o2", "e", "completed", 19999, 21},
        {"o3", "b", "refunded", 5000, 21},  {"o4", "c", "pending", 3000, 22},
        {"o5", "f", "cancelled", 8000, 22}, {"o6", "a", "paid", 7000, 22}};
    for (const O &o : orders) {
        if (!exec(db,
                  QStringLiteral("INSERT INTO orders (id, number, customer_id, status, created_at, "
                                 "total, updated_at, "
                                 "version) VALUES (?, ?, ?, ?, ?, ?, 0, 1)"),
                  {QString::fromLatin1(o.id), QStringLiteral("YT-") + QString::fromLatin1(o.id),
                   QString::fromLatin1(o.customer), QString::fromLatin1(o.status),
                   shopMs(nov1.addDays(o.day), 12), o.total},
                  error))
            return false;
    }
    struct C
    {
        const char *id, *order, *beneficiary;
        int level;
        qint64 amount;
        const char *status;
    };
    const QList<C> commissions = {
        {"cm1", "o1", "c", 1, 1000, "paid"},    {"cm2", "o1", "b", 2, 500, "confirmed"},
        {"cm3", "o1", "a", 3, 200, "pending"},  {"cm4", "o2", "d", 1, 1999, "confirmed"},
        {"cm5", "o2", "c", 2, 999, "pending"},  {"cm6", "o2", "b", 3, 399, "paid"},
        {"cm7", "o3", "a", 1, 500, "reversed"},
    };
    for (const C &c : commissions) {
        if (!exec(db,
                  QStringLiteral("INSERT INTO commissions (id, order_id, beneficiary_id, level, "
                                 "amount, status, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"),
                  {QString::fromLatin1(c.id), QString::fromLatin1(c.order),
                   QString::fromLatin1(c.beneficiary), c.level, c.amount,
                   QString::fromLatin1(c.status), shopMs(nov1.addDays(23), 9)},
                  error))
            return false;
    }
    return true;
}

} // namespace ReferralFixture
