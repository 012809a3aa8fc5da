#pragma once

#include "mainwindow/MainWindow.h"
#include "sync/SyncController.h"

#include <QSignalSpy>

// Syncs a main window's shop as "Sync now" does, through the window's own sync controller, and
// returns the result once it has finished; a sync still running after two minutes comes back as
// a failure that says so.
inline SyncResult syncWindow(MainWindow &window)
{
    QSignalSpy finished(window.syncController(), &SyncController::finished);
    window.syncController()->syncNow();
    if (finished.isEmpty() && !finished.wait(120000)) {
        SyncResult timedOut;
        timedOut.status = SyncResult::Status::Failed;
        timedOut.error = QStringLiteral("the sync did not finish within two minutes");
        return timedOut;
    }
    return finished.first().at(0).value<SyncResult>();
}
