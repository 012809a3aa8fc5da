#include "FixtureStore.h"

#include "analytics/TrafficReclassifier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

FixtureStore::FixtureStore()
{
    m_valid = fill();
}

qint64 FixtureStore::shopMs(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

bool FixtureStore::fill()
{
    const QDate d20 = firstDay(), d21 = d20.addDays(1), d22 = d20.addDays(2);
    const QDate nov1(2026, 11, 1);
    auto day = [&](int n) { return shopMs(nov1.addDays(n - 1), 9); };
    const QList<QPair<QString, QVariantList>> rows = {
        {QStringLiteral("INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("shop_1"), QStringLiteral("山野茶舍"), QStringLiteral("CNY"),
          QStringLiteral("Asia/Shanghai"), QStringLiteral("[1000,500,200]"), shopMs(d22, 12)}},
        // products: id, sku, title, category, price, stock, status, updated_at, version
        {QStringLiteral("INSERT INTO products (id, sku, title, category, price, stock, status, "
                        "updated_at, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("p1"), QStringLiteral("LJ-250"), QStringLiteral("明前龙井 250g"),
          QStringLiteral("绿茶"), 19900, 42, QStringLiteral("active"), day(1), 1}},
        {QString(),
         {QStringLiteral("p2"), QStringLiteral("XZ-100"), QStringLiteral("正山小种 100g"),
          QStringLiteral("红茶"), 12800, 10, QStringLiteral("active"), day(1), 1}},
        {QString(),
         {QStringLiteral("p3"), QStringLiteral("YZ-050"), QStringLiteral("白毫银针 50g"),
          QStringLiteral("白茶"), 36800, 3, QStringLiteral("archived"), day(1), 1}},
    };
    QSqlQuery q(db().connection());
    QString lastSql;
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!sql.isEmpty())
            lastSql = sql;
        q.prepare(lastSql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text() + QStringLiteral(" in ") + lastSql;
            return false;
        }
        return true;
    };
    for (const auto &row : rows) {
        if (!run(row.first, row.second))
            return false;
    }
    const QVariant none;
    // customers: c1 invited c2 and c4, c2 invited c3; c5 invited itself; c6 <-> c7 form a cycle;
    // c8's referrer does not exist and c8 invited c9.
    const QList<QVariantList> customers = {
        {QStringLiteral("c1"), QStringLiteral("小林"), day(1), none},
        {QStringLiteral("c2"), QStringLiteral("阿梅"), day(2), QStringLiteral("c1")},
        {QStringLiteral("c3"), QStringLiteral("老王"), day(3), QStringLiteral("c2")},
        {QStringLiteral("c4"), QStringLiteral("小赵"), day(4), QStringLiteral("c1")},
        {QStringLiteral("c5"), QStringLiteral("自己"), day(5), QStringLiteral("c5")},
        {QStringLiteral("c6"), QStringLiteral("甲"), day(6), QStringLiteral("c7")},
        {QStringLiteral("c7"), QStringLiteral("乙"), day(7), QStringLiteral("c6")},
        {QStringLiteral("c8"), QStringLiteral("丙"), day(8), QStringLiteral("c_missing")},
        {QStringLiteral("c9"), QStringLiteral("丁"), day(9), QStringLiteral("c8")},
    };
    lastSql = QStringLiteral(
        "INSERT INTO customers (id, nickname, registered_at, referrer_id, wechat_followed, "
        "updated_at) VALUES (?, ?, ?, ?, 0, 0)");
    for (const QVariantList &c : customers) {
        if (!run({}, c))
            return false;
    }
    const QList<QVariantList> sessions = {
        {QStringLiteral("s1"), QStringLiteral("v1"), QStringLiteral("c2"), shopMs(d20, 9),
         QStringLiteral("https://shop.example.cn/p/1?from=groupmessage"), none},
        {QStringLiteral("s2"), QStringLiteral("v2"), none, shopMs(d20, 15),
         QStringLiteral("https://shop.example.cn/p/2"),
         QStringLiteral("https://www.baidu.com/s?wd=正山小种")},
        {QStringLiteral("s3"), QStringLiteral("v3"), none, shopMs(d21, 8),
         QStringLiteral("https://shop.example.cn/"),
         QStringLiteral("https://www.zhihu.com/question/1")},
        {QStringLiteral("s4"), QStringLiteral("v4"), QStringLiteral("c3"), shopMs(d21, 12),
         QStringLiteral("https://shop.example.cn/p/2"), none},
        {QStringLiteral("s5"), QStringLiteral("v5"), none, shopMs(d21, 20),
         QStringLiteral("https://shop.example.cn/"), none},
        {QStringLiteral("s6"), QStringLiteral("v6"), QStringLiteral("c4"), shopMs(d22, 0, 30),
         QStringLiteral("https://shop.example.cn/p/1?utm_source=wechat"), none},
    };
    lastSql = QStringLiteral(
        "INSERT INTO sessions (id, visitor_id, customer_id, started_at, landing_url, referrer_url, "
        "user_agent) VALUES (?, ?, ?, ?, ?, ?, 'Mozilla/5.0')");
    for (const QVariantList &s : sessions) {
        if (!run({}, s))
            return false;
    }
    // events per session: s1 full funnel, s2 view, s3 view+cart, s4 full, s5 nothing, s6 full.
    const QList<QPair<QString, QStringList>> steps = {
        {QStringLiteral("s1"),
         {QStringLiteral("view_product"), QStringLiteral("add_to_cart"),
          QStringLiteral("begin_checkout"), QStringLiteral("purchase")}},
        {QStringLiteral("s2"), {QStringLiteral("view_product"), QStringLiteral("view_product")}},
        {QStringLiteral("s3"), {QStringLiteral("view_product"), QStringLiteral("add_to_cart")}},
        {QStringLiteral("s4"),
         {QStringLiteral("view_product"), QStringLiteral("add_to_cart"),
          QStringLiteral("begin_checkout"), QStringLiteral("purchase")}},
        {QStringLiteral("s6"),
         {QStringLiteral("view_product"), QStringLiteral("add_to_cart"),
          QStringLiteral("begin_checkout"), QStringLiteral("purchase")}},
    };
    lastSql = QStringLiteral("INSERT INTO events (id, session_id, type, at) VALUES (?, ?, ?, ?)");
    int eventNo = 0;
    for (const auto &s : steps) {
        for (const QString &type : s.second) {
            ++eventNo;
            if (!run({},
                     {QStringLiteral("e%1").arg(eventNo), s.first, type, shopMs(d20, 9) + eventNo}))
                return false;
        }
    }
    const QList<QVariantList> orders = {
        {QStringLiteral("o1"), QStringLiteral("YT-0001"), QStringLiteral("c2"),
         QStringLiteral("s1"), QStringLiteral("paid"), shopMs(d20, 10), shopMs(d20, 10, 5), 39800,
         none, none},
        {QStringLiteral("o2"), QStringLiteral("YT-0002"), QStringLiteral("c3"),
         QStringLiteral("s4"), QStringLiteral("completed"), shopMs(d21, 12, 30),
         shopMs(d21, 12, 31), 12800, none, none},
        {QStringLiteral("o3"), QStringLiteral("YT-0003"), QStringLiteral("c4"),
         QStringLiteral("s6"), QStringLiteral("shipped"), shopMs(d22, 0, 40), shopMs(d22, 0, 41),
         19900, QStringLiteral("SF"), QStringLiteral("SF1234567890")},
        {QStringLiteral("o4"), QStringLiteral("YT-0004"), QStringLiteral("c1"), none,
         QStringLiteral("pending"), shopMs(d21, 18), none, 36800, none, none},
        {QStringLiteral("o5"), QStringLiteral("YT-0005"), QStringLiteral("c2"), none,
         QStringLiteral("refunded"), shopMs(d20, 11), shopMs(d20, 11, 1), 12800, none, none},
    };
    lastSql = QStringLiteral(
        "INSERT INTO orders (id, number, customer_id, session_id, status, created_at, paid_at, "
        "total, carrier, tracking_number, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)");
    for (const QVariantList &o : orders) {
        if (!run({}, o))
            return false;
    }
    const QList<QVariantList> items = {
        {QStringLiteral("o1"), 1, QStringLiteral("p1"), QStringLiteral("明前龙井 250g"), 2, 19900},
        {QStringLiteral("o2"), 1, QStringLiteral("p2"), QStringLiteral("正山小种 100g"), 1, 12800},
        {QStringLiteral("o3"), 1, QStringLiteral("p1"), QStringLiteral("明前龙井 250g"), 1, 19900},
        {QStringLiteral("o4"), 1, QStringLiteral("p3"), QStringLiteral("白毫银针 50g"), 1, 36800},
        {QStringLiteral("o5"), 1, QStringLiteral("p2"), QStringLiteral("正山小种 100g"), 1, 12800},
    };
    lastSql = QStringLiteral(
        "INSERT INTO order_items (order_id, line, product_id, title, quantity, unit_price) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    for (const QVariantList &i : items) {
        if (!run({}, i))
            return false;
    }
    const QList<QVariantList> commissions = {
        {QStringLiteral("cm1"), QStringLiteral("o1"), QStringLiteral("c1"), 1, 3980,
         QStringLiteral("pending"), shopMs(d20, 10, 6)},
        {QStringLiteral("cm2"), QStringLiteral("o2"), QStringLiteral("c2"), 1, 1280,
         QStringLiteral("confirmed"), shopMs(d21, 12, 32)},
        {QStringLiteral("cm3"), QStringLiteral("o2"), QStringLiteral("c1"), 2, 640,
         QStringLiteral("paid"), shopMs(d21, 12, 32)},
        {QStringLiteral("cm4"), QStringLiteral("o3"), QStringLiteral("c1"), 1, 1990,
         QStringLiteral("reversed"), shopMs(d22, 0, 42)},
    };
    lastSql = QStringLiteral(
        "INSERT INTO commissions (id, order_id, beneficiary_id, level, amount, status, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
    for (const QVariantList &c : commissions) {
        if (!run({}, c))
            return false;
    }
    lastSql = QStringLiteral(
        "INSERT INTO quarantine (collection, record_id, reason, raw_json, received_at) "
        "VALUES (?, ?, ?, ?, ?)");
    if (!run({}, {QStringLiteral("orders"), QStringLiteral("o_bad"),
                  QStringLiteral("total is not an integer"),
                  QStringLiteral("{\"id\":\"o_bad\",\"total\":\"abc\"}"), shopMs(d22, 12)}))
        return false;
    if (!run({}, {QStringLiteral("sessions"), none, QStringLiteral("missing required field id"),
                  QStringLiteral("{\"visitor_id\":\"v9\"}"), shopMs(d22, 12, 1)}))
        return false;
    // Derived traffic data, as a sync would have left it.
    return TrafficReclassifier(db()).run(&m_error) &&
           db().setMeta(QStringLiteral("last_sync_at"), QString::number(shopMs(d22, 12, 5)));
}
