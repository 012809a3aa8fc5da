#include "mainwindow/QuitOnSignal.h"

#include <QCoreApplication>
#include <iterator>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <QMetaObject>
#include <windows.h>
#endif

namespace {

QuitOnSignal *s_instance = nullptr; // used on the main thread only

#ifdef Q_OS_UNIX
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
struct sigaction s_previous[std::size(kSignals)];
bool s_installed[std::size(kSignals)] = {};
// [0] is written by the handler, [1] read by the notifier.
int s_sockets[2] = {-1, -1};

void onSignal(int)
{
    // Nothing but async-signal-safe calls here. errno is kept for the code the signal interrupted.
    // The socket does not block: if a burst of signals fills it, bytes are lost, not the quit.
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_sockets[0], &byte, 1);
    errno = savedErrno;
}

// Non-blocking for the handler; close-on-exec so that yutang-site and other children do not
// inherit the sockets.
bool prepareSocket(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
           ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

void closeSockets()
{
    for (int &fd : s_sockets) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}
#endif

#ifdef Q_OS_WIN
// Set by ~QuitOnSignal, that is once main() has torn down (and stopped the demo site). Never
// closed: a handler thread may still wait on it while the process ends.
HANDLE s_tornDown = nullptr;
// The system ends the process when the handler returns from a close, logoff or shutdown event,
// and on its own after about 5 s for a closing console.
constexpr DWORD kTeardownWaitMs = 5000;

// Runs on a thread the system starts for it, so the quit is handed to the main thread.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        return FALSE;
    }
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QMetaObject::invokeMethod(
            app,
            [] {
                if (s_instance)
                    s_instance->requestQuit();
            },
            Qt::QueuedConnection);
    }
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        WaitForSingleObject(s_tornDown, kTeardownWaitMs);
    return TRUE; // handled: no immediate ExitProcess for Ctrl+C and Ctrl+Break
}
#endif

} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent) : QObject(parent)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_sockets) != 0 || !prepareSocket(s_sockets[0]) ||
        !prepareSocket(s_sockets[1])) {
        qErrnoWarning("Cannot watch for SIGTERM, SIGINT and SIGHUP");
        closeSockets();
        return;
    }
    m_notifier = new QSocketNotifier(s_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::readSignals);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: system calls the signal interrupts carry on. SA_RESETHAND: the handler runs
    // once, so a second signal of that kind ends the app even if the teardown hangs.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        struct sigaction current = {};
        ::sigaction(kSignals[i], nullptr, &current);
        // Started with the signal ignored (nohup, a background job of a script): keep it so.
        if (current.sa_handler == SIG_IGN)
            continue;
        s_installed[i] = ::sigaction(kSignals[i], &action, &s_previous[i]) == 0;
    }
#endif
#ifdef Q_OS_WIN
    if (!s_tornDown)
        s_tornDown = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ResetEvent(s_tornDown);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

QuitOnSignal::~QuitOnSignal()
{
#ifdef Q_OS_UNIX
    // The handlers go first: none may write to a socket that is closed, or reused by then.
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        if (s_installed[i])
            ::sigaction(kSignals[i], &s_previous[i], nullptr);
        s_installed[i] = false;
    }
    delete m_notifier;
    closeSockets();
#endif
#ifdef Q_OS_WIN
    SetEvent(s_tornDown);
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
    s_instance = nullptr;
}

void QuitOnSignal::requestQuit()
{
    m_quitRequested = true;
    // quit() closes the windows first (the main window saves its layout) and leaves exec(); it
    // does nothing before exec() runs. exit() leaves every running event loop, nested ones too,
    // and makes any started later return at once, so start-up hurries to its end.
    QCoreApplication::quit();
    QCoreApplication::exit(0);
}

#ifdef Q_OS_UNIX
void QuitOnSignal::readSignals()
{
    char buffer[16];
    while (::read(s_sockets[1], buffer, sizeof buffer) > 0) {
    }
    requestQuit();
}
#endif
