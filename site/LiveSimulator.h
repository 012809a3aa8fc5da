// --live: keeps the shop busy while the server runs. About every second it adds a few visits
// (sessions, events, sometimes customers and orders) and now and then moves an order along its
// lifecycle. Not deterministic.
#pragma once

#include "Rng.h"

#include <QObject>
#include <QTimer>

struct SiteContext;

class LiveSimulator : public QObject
{
    Q_OBJECT
public:
    explicit LiveSimulator(SiteContext &site, QObject *parent = nullptr);
    void start(int intervalMs = 1000);

private:
    void tick();

    SiteContext &m_site;
    QTimer m_timer;
    Rng m_rng;
};
