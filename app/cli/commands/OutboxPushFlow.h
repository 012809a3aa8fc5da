#pragma once

#include "commands/Command.h"
#include "commands/SiteAccess.h"
#include "commands/StoreOptions.h"

class Database;
class QCommandLineParser;
struct PushResult;
struct SiteConnection;

// What the verbs that change the shop share: queue into the store's outbox, then push it when a
// site and token are at hand. Exit codes: ExitOk pushed, ExitQueued site unreachable (or no site
// given), ExitConflict a conflict or rejection waits for the user, ExitUnauthorized 401/403.
class OutboxPushFlow
{
public:
    OutboxPushFlow();
    void addTo(QCommandLineParser &parser) const;

    // Pushes the whole outbox; prints a summary. `seq` (if not 0) is the entry the caller queued:
    // the exit code then says what became of it.
    int push(Database &db, const QCommandLineParser &parser, CliIo &io, qint64 seq = 0) const;
    // The same with the site already resolved.
    static int pushTo(Database &db, const SiteConnection &connection, CliIo &io, qint64 seq = 0);
    // Prints what a push did; the exit code as push() returns it.
    static int report(Database &db, const PushResult &result, CliIo &io, qint64 seq = 0);

    StoreOptions store;
    SiteAccess site;
    const QCommandLineOption noPush;
    const QCommandLineOption attempts;
};
