// Generates one visit: a session, the events of its funnel (view → cart → checkout → purchase
// with realistic drop-offs, plus register / follow / share), and the customer and order the
// visit creates. Used for the generated history and by the live simulator.
#pragma once

#include "Rng.h"
#include "ShopRecords.h"

#include <QHash>
#include <vector>

class ShopData;

struct VisitPlan
{
    bool forcePurchase = false;
    bool forceRegister = false;
    quint32 forcedReferrer = 0;
    int forcedSource = -1; ///< TrafficMix::Source, or -1 to pick by the traffic mix
};

class VisitGenerator
{
public:
    VisitGenerator(ShopData &data, quint64 seed);

    /// Orders are given the lifecycle they would have reached by this time.
    void setHorizon(qint64 horizon) { m_horizon = horizon; }
    void reseed(quint64 seed) { m_rng = Rng(seed); }

    /// Generates a visit starting at `start`; returns the session number.
    quint32 visit(qint64 start, const VisitPlan &plan = {});
    /// A customer who registered before the generated history began (no session).
    quint32 addEarlyCustomer(qint64 registeredAt);
    /// Moves an order one step along pending → paid → shipped → completed (live simulation).
    bool advanceOrder(quint32 orderNumber, qint64 now);

    static QByteArray nickname(Rng &rng, quint32 number);
    static void ship(Order &o, Rng &rng);

private:
    quint32 registerCustomer(quint32 session, qint64 at, bool viaShare, const VisitPlan &plan);
    quint32 placeOrder(quint32 session, quint32 customer, qint64 at,
                       const std::vector<quint32> &cart);
    void applyLifecycle(Order &o, qint64 &refundAt);
    quint32 pickProduct();
    quint32 pickReferrer();
    // A customer's visitor who comes back at `now`, favouring loyal channels and recent visits.
    quint32 pickReturningCustomer(qint64 now);

    ShopData &m_data;
    Rng m_rng;
    qint64 m_horizon = 0;
    std::vector<quint32> m_visitorCustomer;  ///< visitor number - 1 → customer number (0 = none)
    std::vector<quint32> m_customerVisitors; ///< visitors who are customers
    std::vector<quint8> m_visitorSource;     ///< visitor number - 1 → source of the first visit
    std::vector<quint32> m_visitorLastSeen;  ///< visitor number - 1 → start of the last visit
    std::vector<quint8> m_customerSource;    ///< customer number - 1 → their visitor's source
    std::vector<quint32> m_activeProducts;
    QHash<qint64, int> m_ordersPerDay;
};
