#include "analytics/AnalyticsObservers.h"

#include "analytics/TrafficObserver.h"
#include "analytics/TrafficReclassifier.h"
#include "customers/CustomerDerivation.h"
#include "customers/CustomerObserver.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>

namespace {

bool deriveIfNeeded(Database &db, QString *message)
{
    if (!TrafficReclassifier::needsDerivation(db))
        return true;
    QString error;
    if (TrafficReclassifier(db).run(&error))
        return true;
    *message = QCoreApplication::translate("AnalyticsObservers",
                                           "The records were stored, but the traffic figures "
                                           "could not be brought up to date: %1")
                   .arg(error);
    return false;
}

bool deriveCustomers(Database &db, QString *message)
{
    QString error;
    if (CustomerDerivation::bringUpToDate(db, &error))
        return true;
    *message = QCoreApplication::translate("AnalyticsObservers",
                                           "The records were stored, but the customer figures "
                                           "could not be brought up to date: %1")
                   .arg(error);
    return false;
}

} // namespace

void AnalyticsObservers::install(SyncEngine &engine, Database &db)
{
    // Sessions stored before the traffic schema: derived before the pages' observers build on
    // them. A failure here is tried again, and reported, when the sync ends.
    QString ignored;
    deriveIfNeeded(db, &ignored);
    // Records a completed full listing did not contain are deleted after the page observers ran;
    // their aggregates are rebuilt when the sync ends (a cheap check when nothing was deleted).
    engine.addFinisher([&db](QString *message) { return deriveIfNeeded(db, message); });
    // Customers' figures depend on the visitors' first visits: derived after the traffic.
    engine.addFinisher([&db](QString *message) { return deriveCustomers(db, message); });
    auto *observer = new TrafficObserver(db);
    observer->setDeferFirstSync(true); // the first finisher above derives what it leaves
    // So nothing reads the sessions and events back before the sync ends: their indexes can be
    // built then, from all the rows at once.
    engine.applier().setDefersIndexesOfEmptyTables(true);
    auto *customers = new CustomerObserver(db);
    engine.applier().addObserver(observer);
    engine.applier().addObserver(customers);
    // The engine's destroyed() comes after its applier is gone.
    QObject::connect(&engine, &QObject::destroyed, &engine, [observer, customers] {
        delete observer;
        delete customers;
    });
}
