#include "AuditPlanter.h"

#include "MalformedKind.h"
#include "RecordNames.h"
#include "Rng.h"
#include "ShopData.h"

#include <QSet>

namespace {

void note(ShopData &d, const char *kind, Collection c, quint32 number, const QByteArray &detail)
{
    d.planted.push_back({kind, RecordNames::collection(c), RecordNames::id(c, number), detail});
}

bool isPaidStatus(OrderStatus s)
{
    return s == OrderStatus::Paid || s == OrderStatus::Shipped || s == OrderStatus::Completed;
}

/// A deterministic pick among candidates, taken from the middle of the history.
quint32 pick(Rng &rng, const std::vector<quint32> &candidates)
{
    if (candidates.empty())
        return 0;
    const auto n = quint32(candidates.size());
    return candidates[n / 4 + rng.below(std::max<quint32>(1, n / 2))];
}

} // namespace

void AuditPlanter::plantReferralAnomalies(ShopData &d, Rng &rng)
{
    const auto n = quint32(d.customers.size());
    std::vector<int> invitees(n + 1, 0);
    std::vector<bool> buyer(n + 1, false);
    for (const Customer &c : d.customers) {
        if (c.referrer && c.referrer <= n)
            ++invitees[c.referrer];
    }
    for (const Order &o : d.orders) {
        if (o.customer <= n)
            buyer[o.customer] = true;
    }
    // Keep the burst intact: its invitees are not candidates.
    quint32 burstInviter = 0;
    for (const PlantedNote &note : d.planted) {
        if (note.kind == "referral_burst")
            burstInviter = RecordNames::parseId(Collection::Customers, note.id);
    }
    std::vector<quint32> leaves;
    for (quint32 i = 1; i <= n; ++i) {
        if (!invitees[i] && !buyer[i] &&
            (!burstInviter || d.customers[i - 1].referrer != burstInviter))
            leaves.push_back(i);
    }
    if (leaves.size() < 8)
        return;
    QSet<quint32> used;
    auto take = [&] {
        quint32 c = pick(rng, leaves);
        while (used.contains(c))
            c = leaves[rng.below(quint32(leaves.size()))];
        used.insert(c);
        return c;
    };
    const quint32 self = take();
    d.customers[self - 1].referrer = self;
    note(d, "referral_self", Collection::Customers, self, "referrer_id is the customer itself");

    const quint32 a = take(), b = take();
    d.customers[a - 1].referrer = b;
    d.customers[b - 1].referrer = a;
    note(d, "referral_cycle", Collection::Customers, a,
         "2-cycle with " + RecordNames::id(Collection::Customers, b));
    note(d, "referral_cycle", Collection::Customers, b,
         "2-cycle with " + RecordNames::id(Collection::Customers, a));

    const quint32 dangling = take();
    const quint32 missing = 900000 + n;
    d.customers[dangling - 1].referrer = missing;
    note(d, "referral_dangling", Collection::Customers, dangling,
         "referrer_id " + RecordNames::id(Collection::Customers, missing) + " does not exist");
}

void AuditPlanter::plantCommissionMistakes(ShopData &d, Rng &rng, qint64 horizon)
{
    // Orders by shape of their bookings.
    std::vector<quint32> withThree, withTwo, deep, refunded;
    for (quint32 i = 1; i <= d.orders.size(); ++i) {
        const Order &o = d.orders[i - 1];
        const auto &cms = d.commissionsOf(i);
        if (isPaidStatus(o.status) && cms.size() == 3)
            withThree.push_back(i);
        if (isPaidStatus(o.status) && cms.size() >= 2)
            withTwo.push_back(i);
        if (o.status == OrderStatus::Refunded && !cms.empty())
            refunded.push_back(i);
        if (isPaidStatus(o.status) && cms.size() == 3 && d.referrerChain(o.customer, 4).size() == 4)
            deep.push_back(i);
    }
    QSet<quint32> used;
    auto take = [&](const std::vector<quint32> &from) -> quint32 {
        for (int tries = 0; tries < 50; ++tries) {
            const quint32 o = pick(rng, from);
            if (o && !used.contains(o)) {
                used.insert(o);
                return o;
            }
        }
        return 0;
    };
    const QByteArray orderWord = "order ";

    if (const quint32 o = take(withThree)) { // missing booking: level 1 never booked
        const quint32 cm = d.commissionsOf(o)[0];
        d.remove(Collection::Commissions, cm, d.commissions[cm - 1].createdAt);
        note(d, "commission_missing", Collection::Orders, o,
             "level-1 booking absent (would have been " +
                 RecordNames::id(Collection::Commissions, cm) + ")");
    }
    if (const quint32 o = take(withTwo)) { // wrong amount: level 2 booked at the level-1 rate
        Commission &c = d.commissions[d.commissionsOf(o)[1] - 1];
        const qint64 right = c.amount;
        c.amount = d.orders[o - 1].total * d.info.ratesBp[0] / 10000;
        note(d, "commission_wrong_amount", Collection::Commissions, d.commissionsOf(o)[1],
             "level 2 amount " + QByteArray::number(c.amount) + " should be " +
                 QByteArray::number(right));
    }
    if (const quint32 o = take(withTwo)) { // wrong beneficiary at level 1
        const quint32 cm = d.commissionsOf(o)[0];
        Commission &c = d.commissions[cm - 1];
        const auto chain = d.referrerChain(d.orders[o - 1].customer, 3);
        quint32 other = c.beneficiary;
        while (std::find(chain.begin(), chain.end(), other) != chain.end() ||
               other == d.orders[o - 1].customer)
            other = rng.below(quint32(d.customers.size())) + 1;
        note(d, "commission_wrong_beneficiary", Collection::Commissions, cm,
             "beneficiary " + RecordNames::id(Collection::Customers, other) + " should be " +
                 RecordNames::id(Collection::Customers, c.beneficiary));
        c.beneficiary = other;
    }
    if (const quint32 o = take(deep)) { // a level-4 booking though rates_bp has three levels
        const Order &ord = d.orders[o - 1];
        const auto chain = d.referrerChain(ord.customer, 4);
        Commission c = d.commissions[d.commissionsOf(o)[2] - 1];
        c.level = 4;
        c.beneficiary = chain[3];
        c.amount = ord.total * d.info.ratesBp.back() / 10000;
        c.meta.malformed = 0;
        const quint32 cm = d.addCommission(std::move(c));
        note(d, "commission_level_4", Collection::Commissions, cm,
             orderWord + RecordNames::id(Collection::Orders, o));
    }
    if (const quint32 o = take(refunded)) { // refund without reversal
        const quint32 cm = d.commissionsOf(o)[0];
        Commission &c = d.commissions[cm - 1];
        c.status = ShopData::statusByAge(horizon - c.createdAt);
        if (c.status == CommissionStatus::Pending)
            c.status = CommissionStatus::Confirmed;
        note(d, "commission_not_reversed", Collection::Commissions, cm,
             "order " + RecordNames::id(Collection::Orders, o) + " was refunded");
    }
    { // a booking for an order that does not exist
        const quint32 ghostOrder = quint32(d.orders.size()) + 700000;
        Commission c;
        c.order = ghostOrder;
        c.beneficiary = d.customers.empty() ? 1 : pick(rng, {1, quint32(d.customers.size()) / 2});
        c.level = 1;
        c.amount = 1990;
        c.status = CommissionStatus::Confirmed;
        c.createdAt = horizon - 12 * 86400;
        c.meta.updatedAt = c.createdAt;
        const quint32 cm = d.addCommission(std::move(c));
        note(d, "commission_ghost_order", Collection::Commissions, cm,
             orderWord + RecordNames::id(Collection::Orders, ghostOrder) + " does not exist");
    }
}

void AuditPlanter::plantMalformed(ShopData &d, int n)
{
    const int kinds = int(MalformedKind::Count) - 1;
    for (int i = 0; i < n; ++i) {
        const auto kind = MalformedKind(1 + i % kinds);
        const auto m = quint8(kind);
        const Collection c = malformedCollection(kind);
        quint32 number = 0;
        switch (c) {
        case Collection::Products: {
            Product p = d.products.front();
            p.sku += "-X" + QByteArray::number(i);
            p.meta.malformed = m;
            number = d.addProduct(std::move(p));
            break;
        }
        case Collection::Customers: {
            Customer cu = d.customers.front();
            cu.referrer = 0;
            cu.meta.malformed = m;
            number = d.addCustomer(std::move(cu));
            break;
        }
        case Collection::Orders: {
            Order o = d.orders.front();
            o.status = OrderStatus::Cancelled;
            o.paidAt = 0;
            o.carrier.clear();
            o.orderNo += "-X" + QByteArray::number(i);
            o.meta.malformed = m;
            number = d.addOrder(std::move(o));
            break;
        }
        case Collection::Sessions: {
            Session s = d.sessions.front();
            s.malformed = m;
            number = d.addSession(s);
            break;
        }
        case Collection::Events: {
            Event e = d.events.front();
            e.malformed = m;
            number = d.addEvent(e);
            break;
        }
        case Collection::Commissions: {
            Commission cm = d.commissions.front();
            cm.meta.malformed = m;
            number = d.addCommission(std::move(cm));
            break;
        }
        }
        note(d, "malformed", c, number, malformedName(kind));
    }
}
