#include "VisitGenerator.h"

#include "ShopData.h"
#include "Timestamp.h"
#include "TrafficMix.h"
#include "VisitShape.h"

#include <algorithm>
#include <cmath>

namespace {

const char *const kGiven[] = {"林", "杰", "芳", "敏", "静", "丽",   "强", "磊", "军", "洋",   "勇",
                              "艳", "娜", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "婷"};
const char *const kPrefix[] = {"小", "阿", "老", "", "大"};
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
const char *const kTitles[] = {"姐", "哥", "老师", "阿姨", "总"};
const char *const kHandles[] = {"品茗居士", "一叶知秋",   "云南山里人", "🍵茶痴",
                                "Sunny☀",   "Leo",        "Amy",        "Tea Lover",
                                "清风徐来", "小\"茶\"迷", "静水流深",   "茶米油盐"};

template <typename T, size_t N> const T &one(Rng &r, const T (&arr)[N])
{
    return arr[r.below(quint32(N))];
}

} // namespace

VisitGenerator::VisitGenerator(ShopData &data, quint64 seed) : m_data(data), m_rng(seed)
{}

QByteArray VisitGenerator::nickname(Rng &r, quint32 number)
{
    const int kind = int(r.below(10));
    if (kind < 5)
        return QByteArray(one(r, kPrefix)) + one(r, kGiven);
    if (kind < 7)
        return QByteArray(one(r, kSurnames)) + one(r, kTitles);
    if (kind < 9)
        return "茶友_" + QByteArray::number(number * 2654435761u % 0xFFFF, 16);
    return one(r, kHandles);
}

void VisitGenerator::ship(Order &o, Rng &r)
{
    static const char *const carriers[] = {"SF", "YTO", "ZTO", "JD"};
    o.carrier = one(r, carriers);
    QByteArray t;
    if (o.carrier == "SF")
        t = "SF" + QByteArray::number(r.range(1000000000000LL, 1999999999999LL));
    else if (o.carrier == "YTO")
        t = "YT" + QByteArray::number(r.range(7000000000000LL, 7999999999999LL));
    else if (o.carrier == "ZTO")
        t = QByteArray::number(r.range(730000000000000LL, 789999999999999LL));
    else
        t = "JDV" + QByteArray::number(r.range(100000000000LL, 999999999999LL));
    o.trackingNumber = t;
}

quint32 VisitGenerator::pickProduct()
{
    if (m_activeProducts.empty() || m_activeProducts.size() > m_data.products.size()) {
        m_activeProducts.clear();
        for (size_t i = 0; i < m_data.products.size(); ++i) {
            if (m_data.products[i].status == ProductStatus::Active &&
                !m_data.products[i].meta.deleted)
                m_activeProducts.push_back(quint32(i) + 1);
        }
        if (m_activeProducts.empty())
            m_activeProducts.push_back(1);
    }
    // Skewed popularity: the first products sell best.
    const auto n = quint32(m_activeProducts.size());
    const quint32 a = m_rng.below(n), b = m_rng.below(n);
    return m_activeProducts[std::min(a, b)];
}

quint32 VisitGenerator::pickReferrer()
{
    const auto n = quint32(m_data.customers.size());
    if (n == 0)
        return 0;
    // Recent customers share more, which grows referral chains several levels deep; customers
    // from WeChat groups recruit far more than those from a search (VisitShape::recruiting).
    quint32 candidate = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        if (m_rng.chance(0.6)) {
            const quint32 window = std::min<quint32>(n, 300);
            candidate = n - m_rng.below(window);
        } else {
            candidate = m_rng.below(n) + 1;
        }
        if (candidate <= m_customerSource.size() &&
            m_rng.chance(VisitShape::recruiting(m_customerSource[candidate - 1])))
            break;
    }
    return candidate;
}

quint32 VisitGenerator::pickReturningCustomer(qint64 now)
{
    const auto n = quint32(m_customerVisitors.size());
    quint32 visitor = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        visitor = m_customerVisitors[m_rng.below(n)];
        const int source = m_visitorSource[visitor - 1];
        const double idleDays = double(now - qint64(m_visitorLastSeen[visitor - 1])) / 86400.0;
        const double stays = VisitShape::loyalty(source) *
                             std::exp2(-std::max(0.0, idleDays) / VisitShape::patienceDays(source));
        if (m_rng.chance(stays))
            break;
    }
    return visitor;
}

quint32 VisitGenerator::addEarlyCustomer(qint64 registeredAt)
{
    Customer c;
    const auto number = quint32(m_data.customers.size()) + 1;
    c.nickname = nickname(m_rng, number);
    c.registeredAt = registeredAt;
    if (number > 1 && m_rng.chance(0.35))
        c.referrer = m_rng.below(number - 1) + 1;
    c.wechatFollowed = m_rng.chance(0.4);
    c.meta.updatedAt = registeredAt;
    m_data.addCustomer(std::move(c));
    m_visitorCustomer.push_back(number);
    m_visitorSource.push_back(quint8(TrafficMix::SourceCount)); // came before the history
    m_visitorLastSeen.push_back(quint32(registeredAt));
    m_customerSource.push_back(quint8(TrafficMix::SourceCount));
    m_customerVisitors.push_back(quint32(m_visitorCustomer.size()));
    return number;
}

quint32 VisitGenerator::registerCustomer(quint32 session, qint64 at, bool viaShare,
                                         const VisitPlan &plan)
{
    Customer c;
    const auto number = quint32(m_data.customers.size()) + 1;
    c.nickname = nickname(m_rng, number);
    c.registeredAt = at;
    if (plan.forcedReferrer)
        c.referrer = plan.forcedReferrer;
    else if (m_rng.chance(viaShare ? 0.75 : 0.35))
        c.referrer = pickReferrer();
    c.meta.updatedAt = at;
    m_data.addCustomer(std::move(c));
    const quint32 visitor = m_data.sessions[session - 1].visitor;
    m_customerSource.push_back(visitor && visitor <= m_visitorSource.size()
                                   ? m_visitorSource[visitor - 1]
                                   : quint8(TrafficMix::SourceCount));
    Event e;
    e.session = session;
    e.at = quint32(at);
    e.type = EventType::Register;
    e.ref = number;
    m_data.addEvent(e);
    return number;
}

void VisitGenerator::applyLifecycle(Order &o, qint64 &refundAt)
{
    const qint64 age = m_horizon - o.createdAt;
    const int r = int(m_rng.below(100));
    OrderStatus s;
    if (age < 2 * 3600)
        s = r < 45 ? OrderStatus::Pending : r < 90 ? OrderStatus::Paid : OrderStatus::Cancelled;
    else if (age < 86400)
        s = r < 15   ? OrderStatus::Pending
            : r < 65 ? OrderStatus::Paid
            : r < 90 ? OrderStatus::Shipped
                     : OrderStatus::Cancelled;
    else if (age < 5 * 86400)
        s = r < 10   ? OrderStatus::Paid
            : r < 60 ? OrderStatus::Shipped
            : r < 85 ? OrderStatus::Completed
            : r < 93 ? OrderStatus::Cancelled
                     : OrderStatus::Refunded;
    else
        s = r < 85   ? OrderStatus::Completed
            : r < 92 ? OrderStatus::Cancelled
                     : OrderStatus::Refunded;

    auto step = [&](qint64 from, qint64 lo, qint64 hi) {
        const qint64 room = std::max<qint64>(1, (m_horizon - from) * 8 / 10);
        return from + std::min(m_rng.range(lo, hi), room);
    };
    o.status = s;
    o.meta.version = 1;
    o.meta.updatedAt = o.createdAt;
    refundAt = 0;
    if (s == OrderStatus::Pending)
        return;
    if (s == OrderStatus::Cancelled) {
        o.meta.version = 2;
        o.meta.updatedAt = step(o.createdAt, 600, 86400);
        return;
    }
    o.paidAt = step(o.createdAt, 20, 600);
    o.meta.version = 2;
    o.meta.updatedAt = o.paidAt;
    qint64 t = o.paidAt;
    const bool shipFirst = s == OrderStatus::Shipped || s == OrderStatus::Completed ||
                           (s == OrderStatus::Refunded && m_rng.chance(0.5));
    if (shipFirst) {
        ship(o, m_rng);
        t = step(t, 6 * 3600, 48 * 3600);
        ++o.meta.version;
    }
    if (s == OrderStatus::Completed) {
        t = step(t, 2 * 86400, 7 * 86400);
        ++o.meta.version;
    }
    if (s == OrderStatus::Refunded) {
        t = step(t, 86400, 10 * 86400);
        ++o.meta.version;
        refundAt = t;
    }
    o.meta.updatedAt = t;
}

quint32 VisitGenerator::placeOrder(quint32 session, quint32 customer, qint64 at,
                                   const std::vector<quint32> &cart)
{
    Order o;
    const qint64 day = Timestamp::beijingMidnight(Timestamp::beijingDate(at));
    const int dailyNo = ++m_ordersPerDay[day];
    o.orderNo = "YT" + Timestamp::beijingDayStamp(at) + '-' +
                QByteArray::number(dailyNo).rightJustified(4, '0');
    o.customer = customer;
    o.session = session;
    o.createdAt = at;
    for (quint32 p : cart) {
        const Product &prod = m_data.products[p - 1];
        OrderItem item;
        item.product = p;
        item.title = prod.title;
        const int q = int(m_rng.below(10));
        item.quantity = q < 7 ? 1 : q < 9 ? 2 : 3;
        item.unitPrice = prod.price;
        o.total += item.quantity * item.unitPrice;
        o.items.push_back(std::move(item));
    }
    qint64 refundAt = 0;
    applyLifecycle(o, refundAt);
    const bool paid = o.paidAt != 0;
    const qint64 paidAt = o.paidAt;
    const quint32 number = m_data.addOrder(std::move(o));
    if (paid) {
        const auto status = ShopData::statusByAge(m_horizon - paidAt);
        for (quint32 cm : m_data.bookCommissions(number, paidAt, status)) {
            Commission &c = m_data.commissions[cm - 1];
            if (status == CommissionStatus::Confirmed) {
                c.meta.version = 2;
                c.meta.updatedAt = paidAt + 7 * 86400;
            } else if (status == CommissionStatus::Paid) {
                c.meta.version = 3;
                c.meta.updatedAt = paidAt + 30 * 86400;
            }
            if (refundAt) {
                c.status = CommissionStatus::Reversed;
                ++c.meta.version;
                c.meta.updatedAt = std::max(c.meta.updatedAt, refundAt);
            }
        }
    }
    return number;
}

quint32 VisitGenerator::visit(qint64 start, const VisitPlan &plan)
{
    Rng &r = m_rng;
    const auto src =
        TrafficMix::Source(plan.forcedSource >= 0 ? plan.forcedSource : TrafficMix::pick(r));
    // Visitor: a quarter of visits come from someone who has been here before.
    quint32 visitor;
    if (!m_visitorCustomer.empty() && r.chance(0.3) && !plan.forceRegister) {
        const auto n = quint32(m_visitorCustomer.size());
        if (!m_customerVisitors.empty() && r.chance(0.5))
            visitor = pickReturningCustomer(start);
        else
            visitor = r.chance(0.5) ? n - r.below(std::min<quint32>(n, 2000)) : r.below(n) + 1;
    } else {
        m_visitorCustomer.push_back(0);
        m_visitorSource.push_back(quint8(src));
        m_visitorLastSeen.push_back(quint32(start));
        visitor = quint32(m_visitorCustomer.size());
    }
    m_visitorLastSeen[visitor - 1] = quint32(start);
    quint32 customer = m_visitorCustomer[visitor - 1];

    Session s;
    s.startedAt = quint32(start);
    s.visitor = visitor;
    s.customer = customer;
    s.trafficSeed = quint32(r.next());
    s.source = quint8(src);
    const PageKind landing = VisitShape::pickLanding(src, r);
    s.landingPage = quint8(landing);
    s.landingProduct = landing == PageKind::Product ? quint16(pickProduct()) : 0;
    s.landingDetail = VisitShape::pickDetail(landing, r);
    const quint32 session = m_data.addSession(s);

    // Event times never pass the horizon (the end of history, or "now" when live).
    qint64 t = start + r.range(3, 40);
    auto clamp = [&] { t = std::max<qint64>(start, std::min(t, m_horizon)); };
    auto add = [&](EventType type, quint32 ref) {
        clamp();
        Event e;
        e.session = session;
        e.at = quint32(t);
        e.type = type;
        e.ref = ref;
        m_data.addEvent(e);
        t += r.range(8, 150);
    };
    auto viewPage = [&](PageKind kind, quint8 detail) {
        if (kind == PageKind::Search)
            add(EventType::Search, detail);
        else
            add(EventType::ViewPage, VisitShape::pageRef(kind, detail));
    };

    // The landing page is the visit's first page view; many visits end there.
    if (s.landingProduct)
        add(EventType::ViewProduct, s.landingProduct);
    else
        viewPage(landing, s.landingDetail);
    const bool forced = plan.forcePurchase || plan.forceRegister;
    if (!forced && r.chance(VisitShape::bounceChance(src)))
        return session;

    const bool viaShare = TrafficMix::isWechatShare(src);
    if (customer == 0 && (plan.forceRegister || r.chance(viaShare ? 0.03 : 0.01))) {
        clamp();
        customer = registerCustomer(session, t, viaShare, plan);
        m_visitorCustomer[visitor - 1] = customer;
        m_customerVisitors.push_back(visitor);
        t += r.range(20, 90);
    }

    // Some look around and leave without opening a product; some use the shop's search.
    if (!s.landingProduct && !forced && r.chance(0.2)) {
        const int pages = 1 + int(r.below(2));
        for (int i = 0; i < pages; ++i) {
            const auto kind = PageKind(1 + r.below(4)); // home, category, article or activity
            viewPage(kind, VisitShape::pickDetail(kind, r));
        }
        return session;
    }
    if (r.chance(landing == PageKind::Home ? 0.35 : 0.12))
        viewPage(PageKind::Search, VisitShape::pickDetail(PageKind::Search, r));

    const int views = (s.landingProduct ? 0 : 1) + int(r.below(plan.forcePurchase ? 3 : 5));
    std::vector<quint32> viewed;
    if (s.landingProduct)
        viewed.push_back(s.landingProduct);
    for (int i = 0; i < views; ++i) {
        viewed.push_back(pickProduct());
        add(EventType::ViewProduct, viewed.back());
    }
    std::vector<quint32> cart;
    if (plan.forcePurchase || r.chance(customer ? 0.45 : 0.24)) {
        cart.push_back(viewed[r.below(quint32(viewed.size()))]);
        add(EventType::AddToCart, cart.back());
        if (r.chance(0.25)) {
            const quint32 extra = pickProduct();
            if (extra != cart.back()) {
                cart.push_back(extra);
                add(EventType::AddToCart, extra);
            }
        }
        if (plan.forcePurchase || r.chance(0.6)) {
            add(EventType::BeginCheckout, cart.front());
            if (plan.forcePurchase || r.chance(customer ? 0.75 : 0.5)) {
                clamp();
                if (customer == 0) {
                    customer = registerCustomer(session, t, viaShare, plan);
                    m_visitorCustomer[visitor - 1] = customer;
                    m_customerVisitors.push_back(visitor);
                    t += r.range(20, 90);
                }
                clamp();
                const quint32 order = placeOrder(session, customer, t, cart);
                add(EventType::Purchase, order);
            }
        }
    }
    clamp();
    if (r.chance(TrafficMix::isWechat(src) ? 0.06 : 0.015)) {
        if (customer) {
            Customer &c = m_data.customers[customer - 1];
            c.wechatFollowed = true;
            c.meta.updatedAt = std::max(c.meta.updatedAt, t);
        }
        add(EventType::Follow, 0);
    }
    if (r.chance(viaShare ? 0.08 : 0.025)) {
        clamp();
        Event e;
        e.session = session;
        e.at = quint32(t);
        e.type = EventType::Share;
        const int k = int(r.below(10));
        e.shareTarget = k < 4   ? ShareTarget::WechatFriend
                        : k < 7 ? ShareTarget::WechatGroup
                        : k < 9 ? ShareTarget::WechatMoments
                                : ShareTarget::Other;
        m_data.addEvent(e);
    }
    return session;
}

bool VisitGenerator::advanceOrder(quint32 number, qint64 now)
{
    Order *o = m_data.order(number);
    if (!o || o->meta.deleted || o->meta.malformed)
        return false;
    switch (o->status) {
    case OrderStatus::Pending:
        o->status = OrderStatus::Paid;
        o->paidAt = now;
        m_data.touch(Collection::Orders, number, now);
        m_data.bookCommissions(number, now, CommissionStatus::Pending);
        return true;
    case OrderStatus::Paid:
        o->status = OrderStatus::Shipped;
        ship(*o, m_rng);
        break;
    case OrderStatus::Shipped:
        o->status = OrderStatus::Completed;
        break;
    default:
        return false;
    }
    m_data.touch(Collection::Orders, number, now);
    return true;
}
