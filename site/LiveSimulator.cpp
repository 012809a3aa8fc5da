#include "LiveSimulator.h"

#include "SiteContext.h"

#include <QDateTime>
#include <QRandomGenerator>

LiveSimulator::LiveSimulator(SiteContext &site, QObject *parent)
    : QObject(parent), m_site(site), m_rng(QRandomGenerator::global()->generate64())
{
    connect(&m_timer, &QTimer::timeout, this, &LiveSimulator::tick);
}

void LiveSimulator::start(int intervalMs)
{
    m_site.visits->reseed(m_rng.next());
    m_timer.start(intervalMs);
}

void LiveSimulator::tick()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_site.visits->setHorizon(now);
    const int visits = int(m_rng.below(4));
    for (int i = 0; i < visits; ++i) {
        VisitPlan plan;
        plan.forcePurchase = m_rng.chance(0.08);
        // Visits started a little earlier; their events end by now.
        m_site.visits->visit(now - 60 - qint64(m_rng.below(600)), plan);
    }
    // Occasionally move one of the recent orders one step along its lifecycle.
    const auto orders = quint32(m_site.data->orders.size());
    if (orders && m_rng.chance(0.3)) {
        const quint32 window = std::min<quint32>(orders, 200);
        m_site.visits->advanceOrder(orders - m_rng.below(window), now);
    }
}
