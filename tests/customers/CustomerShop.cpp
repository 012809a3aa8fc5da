#include "CustomerShop.h"

#include "TrafficFixture.h"
#include "customers/CustomerDerivation.h"
#include "sync/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

using F = TrafficFixture;

CustomerRecord customer(const QString &id, qint64 registeredAt, const QString &referrer = {})
{
    CustomerRecord c = F::customer(id, referrer);
    c.registeredAt = registeredAt;
    c.updatedAt = registeredAt;
    c.nickname = id.toUpper();
    return c;
}

OrderRecord paid(const QString &id, const QString &customer, qint64 at, qint64 total,
                 const QString &status = QStringLiteral("paid"))
{
    OrderRecord o = F::order(id, customer, {}, status, at, total);
    if (status != QLatin1String("refunded"))
        o.paidAt = at;
    return o;
}

CommissionRecord commission(const QString &id, const QString &order, const QString &to, int level,
                            qint64 amount, const QString &status)
{
    CommissionRecord c;
    c.id = id;
    c.orderId = order;
    c.beneficiaryId = to;
    c.level = level;
    c.amount = amount;
    c.status = status;
    c.createdAt = c.updatedAt = 1;
    return c;
}

} // namespace

CustomerShop::CustomerShop() : m_applier(db()), m_traffic(db()), m_customers(db())
{
    m_applier.addObserver(&m_traffic);
    m_applier.addObserver(&m_customers);
}

CustomerShop::~CustomerShop() = default;

qint64 CustomerShop::bj(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

bool CustomerShop::apply(const ParsedPage &page)
{
    SyncState state;
    state.collection = page.collection;
    state.listingGen = m_gen;
    return m_applier.apply(page, state, false, &m_error);
}

bool CustomerShop::derive()
{
    return CustomerDerivation::bringUpToDate(db(), &m_error);
}

bool CustomerShop::load()
{
    QSqlQuery q(db().connection());
    if (!q.exec(QStringLiteral("INSERT INTO shop (id, name, currency, timezone, rates_bp, "
                               "fetched_at) VALUES ('shop', '山野茶舍', 'CNY', 'Asia/Shanghai', "
                               "'[]', 0)"))) {
        m_error = q.lastError().text();
        return false;
    }
    const QDate sep10(2026, 9, 10), sep20(2026, 9, 20), oct2(2026, 10, 2), nov20(2026, 11, 20),
        nov21(2026, 11, 21);
    const QString shop = QStringLiteral("https://shop.example.cn/");

    ParsedPage customers;
    customers.collection = Collection::Customers;
    customers.customers = {customer(QStringLiteral("a"), bj(sep10, 10)),
                           customer(QStringLiteral("b"), bj(sep20, 12), QStringLiteral("a")),
                           customer(QStringLiteral("c"), bj(oct2, 9), QStringLiteral("b")),
                           customer(QStringLiteral("d"), bj(QDate(2024, 1, 1), 8)),
                           customer(QStringLiteral("e"), bj(nov21, 20), QStringLiteral("d"))};

    ParsedPage sessions;
    sessions.collection = Collection::Sessions;
    sessions.sessions = {
        F::session(QStringLiteral("sa1"), QStringLiteral("va"), bj(sep10, 9, 50), shop,
                   QStringLiteral("https://www.baidu.com/s?wd=%E9%BE%99%E4%BA%95")),
        F::session(QStringLiteral("sa2"), QStringLiteral("va"), bj(QDate(2026, 10, 1), 0, 20), shop,
                   {}, QStringLiteral("a")),
        F::session(QStringLiteral("sb1"), QStringLiteral("vb"), bj(sep20, 11, 50),
                   shop + QStringLiteral("?from=groupmessage")),
        F::session(QStringLiteral("sc1"), QStringLiteral("vc"), bj(oct2, 8, 55), shop),
        F::session(QStringLiteral("sd1"), QStringLiteral("vd"), bj(nov20, 10), shop,
                   QStringLiteral("https://www.zhihu.com/question/1"), QStringLiteral("d")),
        F::session(QStringLiteral("se1"), QStringLiteral("ve"), bj(nov21, 19, 50), shop,
                   QStringLiteral("https://www.baidu.com/s?wd=tea")),
    };

    ParsedPage events;
    events.collection = Collection::Events;
    events.events = {
        F::event(QStringLiteral("ea"), QStringLiteral("sa1"), QStringLiteral("register"),
                 bj(sep10, 10), QStringLiteral("a")),
        F::event(QStringLiteral("eb"), QStringLiteral("sb1"), QStringLiteral("register"),
                 bj(sep20, 12), QStringLiteral("b")),
        F::event(QStringLiteral("ec"), QStringLiteral("sc1"), QStringLiteral("register"),
                 bj(oct2, 9), QStringLiteral("c")),
        F::event(QStringLiteral("ee"), QStringLiteral("se1"), QStringLiteral("register"),
                 bj(nov21, 20), QStringLiteral("e")),
    };

    ParsedPage orders;
    orders.collection = Collection::Orders;
    orders.orders = {
        paid(QStringLiteral("oa1"), QStringLiteral("a"), bj(sep10, 10, 5), 10000),
        paid(QStringLiteral("oa2"), QStringLiteral("a"), bj(QDate(2026, 10, 1), 0, 30), 5000,
             QStringLiteral("completed")),
        paid(QStringLiteral("oa3"), QStringLiteral("a"), bj(QDate(2026, 10, 5), 15), 3000,
             QStringLiteral("refunded")),
        paid(QStringLiteral("oa4"), QStringLiteral("a"), bj(QDate(2026, 11, 15), 15), 2000,
             QStringLiteral("shipped")),
        paid(QStringLiteral("ob1"), QStringLiteral("b"), bj(sep20, 12, 10), 20000),
        paid(QStringLiteral("oc1"), QStringLiteral("c"), bj(QDate(2026, 11, 1), 0, 10), 8000),
        paid(QStringLiteral("od1"), QStringLiteral("d"), bj(nov20, 10, 20), 30000),
        paid(QStringLiteral("og1"), {}, bj(QDate(2026, 9, 15), 15), 99900),
    };

    ParsedPage commissions;
    commissions.collection = Collection::Commissions;
    commissions.commissions = {
        commission(QStringLiteral("k1"), QStringLiteral("ob1"), QStringLiteral("a"), 1, 2000,
                   QStringLiteral("confirmed")),
        commission(QStringLiteral("k2"), QStringLiteral("ob1"), QStringLiteral("a"), 1, 500,
                   QStringLiteral("reversed")),
        commission(QStringLiteral("k3"), QStringLiteral("oc1"), QStringLiteral("b"), 1, 800,
                   QStringLiteral("pending")),
        commission(QStringLiteral("k4"), QStringLiteral("oc1"), QStringLiteral("a"), 2, 400,
                   QStringLiteral("paid")),
    };
    // Orders and commissions before the customers and sessions they name, as a sync may bring
    // them.
    return apply(commissions) && apply(orders) && apply(customers) && apply(events) &&
           apply(sessions) && derive();
}
