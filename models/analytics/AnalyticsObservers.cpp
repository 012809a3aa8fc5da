#include "analytics/AnalyticsObservers.h"

#include "analytics/TrafficObserver.h"
#include "analytics/TrafficReclassifier.h"
#include "sync/SyncEngine.h"

#include <QDebug>

namespace {

void deriveIfNeeded(Database &db)
{
    if (!TrafficReclassifier::needsDerivation(db))
        return;
    QString error;
    if (!TrafficReclassifier(db).run(&error))
        qWarning() << "traffic analytics: could not derive stored sessions:" << error;
}

} // namespace

void AnalyticsObservers::install(SyncEngine &engine, Database &db)
{
    deriveIfNeeded(db);
    // Records a completed full listing did not contain are deleted after the page observers ran;
    // their aggregates are rebuilt when the sync ends (a cheap check when nothing was deleted).
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&db] { deriveIfNeeded(db); });
    auto *observer = new TrafficObserver(db);
    engine.applier().addObserver(observer);
    // The engine's destroyed() comes after its applier is gone.
    QObject::connect(&engine, &QObject::destroyed, &engine, [observer] { delete observer; });
}
