#pragma once

#include <QObject>

class QSocketNotifier;

// Ends the app the orderly way when the system asks it to stop: the event loop returns and the
// destructors run, so AppController closes the window and the store and stops the demo site.
// Without it those requests end the process on the spot, and only the site's own watch on its
// standard input would stop the site.
//
// Unix and macOS: SIGTERM (logout, kill, a process manager), SIGINT (Ctrl+C) and SIGHUP (the
// terminal closing). The handler only writes a byte to a socket pair, the one thing that is safe
// inside a signal handler; a QSocketNotifier on the other end quits on the main thread. A second
// signal of the same kind ends the app at once, the usual way out if the teardown hangs.
//
// Windows: Ctrl+C, Ctrl+Break and the console closing, logoff and shutdown reach the handler only
// when the app has a console (yutang is a GUI program and normally has none). The usual ways a GUI
// program is asked to end need nothing here: taskkill without /F closes the window, and Qt
// handles the session ending (WM_ENDSESSION; see AppController).
//
// One instance at a time, created after the QApplication and before what it must tear down, so
// that it outlives it.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // Quits as a signal does: closes the windows, leaves every running event loop (a dialog's,
    // the demo site's start-up wait) and exec(). Before exec() runs that cannot end the app, so
    // main() asks quitRequested() after start-up and does not enter the event loop then.
    void requestQuit();
    bool quitRequested() const { return m_quitRequested; }

private:
#ifdef Q_OS_UNIX
    void readSignals();
    QSocketNotifier *m_notifier = nullptr;
#endif
    bool m_quitRequested = false;
};
