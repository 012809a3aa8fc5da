#include "analytics/AnalyticsObservers.h"

#include "analytics/TrafficObserver.h"
#include "analytics/TrafficReclassifier.h"
#include "sync/SyncEngine.h"

#include <QDebug>

void AnalyticsObservers::install(SyncEngine &engine, Database &db)
{
    if (TrafficReclassifier::needsDerivation(db)) {
        QString error;
        if (!TrafficReclassifier(db).run(&error))
            qWarning() << "traffic analytics: could not derive stored sessions:" << error;
    }
    auto *observer = new TrafficObserver(db);
    engine.applier().addObserver(observer);
    // The engine's destroyed() comes after its applier is gone.
    QObject::connect(&engine, &QObject::destroyed, &engine, [observer] { delete observer; });
}
