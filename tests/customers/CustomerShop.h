#pragma once

#include "TempStore.h"
#include "analytics/TrafficObserver.h"
#include "customers/CustomerObserver.h"
#include "sync/PageApplier.h"

#include <QDate>

// A hand-built shop fed through the real PageApplier with the observers a sync installs (traffic,
// then customers), derived as a sync's end derives it (CustomerDerivation::bringUpToDate).
// The shop (Asia/Shanghai; the machine's zone is moved far away by the tests):
//   a  registered 2026-09-10 in a visit from Baidu; paid ¥100 on 09-10, ¥50 on 10-01 00:30
//      (still 09-30 in UTC), ¥20 on 11-15; a ¥30 order refunded on 10-05.
//   b  invited by a, registered 2026-09-20 in a visit from a WeChat group; paid ¥200 on 09-20:
//      commission ¥20 to a (confirmed) and ¥5 to a reversed.
//   c  invited by b, registered 2026-10-02 in a direct visit; paid ¥80 on 11-01 00:10 (still
//      10-31 in UTC): commission ¥8 to b and ¥4 to a.
//   d  registered 2024-01-01, before the first visit on record; logged in on a Zhihu visit on
//      2026-11-20 and paid ¥300.
//   e  invited by d, registered 2026-11-21 in a visit from Baidu; no order.
//   a guest paid ¥999 on 09-15.
class CustomerShop
{
public:
    CustomerShop();
    ~CustomerShop();

    Database &db() { return m_store.db(); }
    QString path() const { return m_store.path(); }
    QString error() const { return m_error; }

    static qint64 bj(QDate day, int hour, int minute = 0);
    bool load();
    bool apply(const ParsedPage &page);
    bool derive();

private:
    TempStore m_store;
    PageApplier m_applier;
    TrafficObserver m_traffic;
    CustomerObserver m_customers;
    qint64 m_gen = 1;
    QString m_error;
};
