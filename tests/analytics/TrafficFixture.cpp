#include "TrafficFixture.h"

#include "analytics/TrafficObserver.h"
#include "sync/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

TrafficFixture::TrafficFixture(Database &db, Mode mode)
    : m_db(db), m_applier(db), m_observer(new TrafficObserver(db))
{
    m_observer->setDeferFirstSync(mode == DeferFirstSync);
    m_applier.addObserver(m_observer);
}

TrafficFixture::~TrafficFixture()
{
    delete m_observer;
}

qint64 TrafficFixture::bj(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

bool TrafficFixture::writeShop(const QString &timeZone)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) "
                       "VALUES ('shop', '山野茶舍', 'CNY', ?, '[]', 0)"));
    q.addBindValue(timeZone);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool TrafficFixture::apply(const ParsedPage &page)
{
    SyncState state;
    state.collection = page.collection;
    state.listingGen = m_gen;
    return m_applier.apply(page, state, false, &m_error);
}

SessionRecord TrafficFixture::session(const QString &id, const QString &visitor, qint64 at,
                                      const QString &landing, const QString &referrer,
                                      const QString &customer)
{
    SessionRecord s;
    s.id = id;
    s.visitorId = visitor;
    s.startedAt = at;
    s.landingUrl = landing;
    s.referrerUrl = referrer;
    s.customerId = customer;
    s.userAgent = QStringLiteral("Mozilla/5.0");
    return s;
}

EventRecord TrafficFixture::event(const QString &id, const QString &session, const QString &type,
                                  qint64 at, const QString &customer)
{
    EventRecord e;
    e.id = id;
    e.sessionId = session;
    e.type = type;
    e.at = at;
    e.customerId = customer;
    return e;
}

OrderRecord TrafficFixture::order(const QString &id, const QString &customer,
                                  const QString &session, const QString &status, qint64 at,
                                  qint64 total)
{
    OrderRecord o;
    o.id = id;
    o.number = id.toUpper();
    o.customerId = customer;
    o.sessionId = session;
    o.status = status;
    o.createdAt = at;
    o.updatedAt = at;
    o.total = total;
    o.version = 1;
    return o;
}

CustomerRecord TrafficFixture::customer(const QString &id, const QString &referrer, bool followed)
{
    CustomerRecord c;
    c.id = id;
    c.referrerId = referrer;
    c.wechatFollowed = followed;
    c.registeredAt = bj(d(20), 9);
    c.updatedAt = c.registeredAt;
    return c;
}

// Visitors and what they did (Beijing times, November 2026):
//  v1: s1 20th 09:00 from Baidu "龙井" — view, cart, checkout, purchase (o1 paid ¥199), registers
//  c1;
//      s2 23rd 10:00 direct, logged in as c1 — follows, o2 completed ¥100. c2 was invited by c1.
//      → lifecycle: every step (came back after 3 days, followed, 2 paid orders, referred c2).
//  v2: s3 21st 00:30 (20th 16:30 UTC: the time-zone trap) WeChat group — cart before view: depth 1.
//  v3: s4 21st 12:00 from Zhihu — view, cart, view, checkout: depth 3; registers c3 (followed);
//      o3 pending; s5 29th 12:00 (8 days later: not "came back"). → lifecycle: registered.
//  v4: s6 20th 15:00 from the shop's own page: direct/internal, nothing else.
bool TrafficFixture::loadStandardShop()
{
    const QString shop = QStringLiteral("https://shop.example.cn");
    ParsedPage customers;
    customers.collection = Collection::Customers;
    customers.customers = {customer(QStringLiteral("c1")),
                           customer(QStringLiteral("c2"), QStringLiteral("c1")),
                           customer(QStringLiteral("c3"), {}, true)};
    ParsedPage orders;
    orders.collection = Collection::Orders;
    orders.orders = {order(QStringLiteral("o1"), QStringLiteral("c1"), QStringLiteral("s1"),
                           QStringLiteral("paid"), bj(d(20), 9, 20), 19900),
                     order(QStringLiteral("o2"), QStringLiteral("c1"), QStringLiteral("s2"),
                           QStringLiteral("completed"), bj(d(23), 10, 10), 10000),
                     order(QStringLiteral("o3"), QStringLiteral("c3"), QStringLiteral("s4"),
                           QStringLiteral("pending"), bj(d(21), 12, 30), 5000)};
    ParsedPage events;
    events.collection = Collection::Events;
    int n = 0;
    auto add = [&](const QString &session, const QString &type, qint64 at,
                   const QString &customer = {}) {
        events.events.append(event(QStringLiteral("e%1").arg(++n), session, type, at, customer));
    };
    const QString s1 = QStringLiteral("s1"), s3 = QStringLiteral("s3"), s4 = QStringLiteral("s4");
    add(s1, QStringLiteral("view_product"), bj(d(20), 9, 1));
    add(s1, QStringLiteral("register"), bj(d(20), 9, 2), QStringLiteral("c1"));
    add(s1, QStringLiteral("add_to_cart"), bj(d(20), 9, 3));
    add(s1, QStringLiteral("begin_checkout"), bj(d(20), 9, 4));
    add(s1, QStringLiteral("purchase"), bj(d(20), 9, 5));
    add(QStringLiteral("s2"), QStringLiteral("follow"), bj(d(23), 10, 1));
    add(s3, QStringLiteral("add_to_cart"), bj(d(21), 0, 31));
    add(s3, QStringLiteral("view_product"), bj(d(21), 0, 32));
    add(s4, QStringLiteral("view_product"), bj(d(21), 12, 1));
    add(s4, QStringLiteral("add_to_cart"), bj(d(21), 12, 2));
    add(s4, QStringLiteral("view_product"), bj(d(21), 12, 3));
    add(s4, QStringLiteral("begin_checkout"), bj(d(21), 12, 4));
    add(s4, QStringLiteral("register"), bj(d(21), 12, 5), QStringLiteral("c3"));
    ParsedPage sessions;
    sessions.collection = Collection::Sessions;
    sessions.sessions = {
        session(s1, QStringLiteral("v1"), bj(d(20), 9), shop + QStringLiteral("/p/1"),
                QStringLiteral("https://www.baidu.com/s?wd=%E9%BE%99%E4%BA%95")),
        session(QStringLiteral("s2"), QStringLiteral("v1"), bj(d(23), 10),
                shop + QStringLiteral("/"), {}, QStringLiteral("c1")),
        session(s3, QStringLiteral("v2"), bj(d(21), 0, 30),
                shop + QStringLiteral("/p/2?from=groupmessage")),
        session(s4, QStringLiteral("v3"), bj(d(21), 12), shop + QStringLiteral("/"),
                QStringLiteral("https://www.zhihu.com/question/1")),
        session(QStringLiteral("s5"), QStringLiteral("v3"), bj(d(29), 12),
                shop + QStringLiteral("/")),
        session(QStringLiteral("s6"), QStringLiteral("v4"), bj(d(20), 15),
                shop + QStringLiteral("/p/3"), shop + QStringLiteral("/p/2")),
    };
    return writeShop() && apply(customers) && apply(orders) && apply(events) && apply(sessions);
}

QStringList TrafficFixture::dump(const QString &table) const
{
    QStringList lines;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        lines << cells.join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}
