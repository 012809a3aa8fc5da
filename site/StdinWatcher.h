// Tells when standard input reaches its end, so that yutang-site can stop when its parent closes
// the pipe or dies (--exit-on-stdin-eof).
#pragma once

#include <QObject>
#include <memory>

// A parent that started the site with a pipe as its standard input stops it by closing that pipe,
// which works the same on every platform (QProcess::terminate() sends SIGTERM on Unix but only
// posts WM_CLOSE on Windows, which a console program never sees). If the parent is killed, the
// operating system closes the pipe for it, so the site does not outlive it either.
//
// A detached thread blocks reading the input (ordinary event-loop notifiers cannot watch a pipe
// on Windows) and discards whatever it reads; at the end of the input or on an error it queues
// closed() to this object. The thread may still be blocked when the program ends: it owns nothing
// but a shared state that outlives this object, and the process ending takes it away.
class StdinWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StdinWatcher(QObject *parent = nullptr);
    ~StdinWatcher() override;

    void start();

Q_SIGNALS:
    // Standard input ended (or cannot be read). Queued, so it arrives through the event loop.
    void closed();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_started = false;
};
