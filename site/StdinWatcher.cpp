#include "StdinWatcher.h"

#include <QMetaObject>
#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <unistd.h>
#endif

struct StdinWatcher::Shared
{
    std::mutex mutex;
    StdinWatcher *owner = nullptr; // cleared by the destructor: nothing is queued afterwards
};

namespace {

// Blocks until standard input ends or fails. Reads the descriptor or handle directly, not through
// stdio: a thread blocked inside fread() holds the FILE lock that exit() may want.
void readUntilEnd()
{
    char buffer[512];
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    if (input == nullptr || input == INVALID_HANDLE_VALUE)
        return;
    DWORD count = 0;
    // A pipe whose writer has gone fails with ERROR_BROKEN_PIPE; a file ends with zero bytes.
    while (ReadFile(input, buffer, DWORD(sizeof buffer), &count, nullptr) && count > 0) {
    }
#else
    for (;;) {
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count > 0 || (count < 0 && errno == EINTR))
            continue;
        return; // 0: end of input; otherwise an error, which means the same here
    }
#endif
}

} // namespace

StdinWatcher::StdinWatcher(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

StdinWatcher::~StdinWatcher()
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->owner = nullptr;
}

void StdinWatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    std::thread([shared = m_shared] {
        readUntilEnd();
        const std::lock_guard<std::mutex> lock(shared->mutex);
        if (shared->owner)
            QMetaObject::invokeMethod(shared->owner, &StdinWatcher::closed, Qt::QueuedConnection);
    }).detach();
}
