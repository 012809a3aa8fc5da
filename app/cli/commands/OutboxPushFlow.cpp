#include "commands/OutboxPushFlow.h"

#include "outbox/Outbox.h"
#include "outbox/OutboxPusher.h"
#include "store/Database.h"
#include "sync/SiteConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("OutboxPushFlow", s);
}

// Conflicts and rejected edits; false with *error set when the outbox cannot be read.
bool hasUnresolved(Database &db, QString *error)
{
    const QMap<OutboxEntry::State, int> counts = Outbox(db).counts(error);
    return counts.value(OutboxEntry::State::Conflict) > 0 ||
           counts.value(OutboxEntry::State::Rejected) > 0;
}
} // namespace

OutboxPushFlow::OutboxPushFlow()
    : noPush(QStringLiteral("no-push"),
             tr("Only queue the change; send it with a later push or sync.")),
      attempts(QStringLiteral("attempts"),
               tr("Tries per request before the site counts as unreachable."), tr("n"),
               QStringLiteral("6"))
{}

void OutboxPushFlow::addTo(QCommandLineParser &parser) const
{
    store.addTo(parser);
    site.addTo(parser);
    parser.addOption(noPush);
    parser.addOption(attempts);
}

int OutboxPushFlow::push(Database &db, const QCommandLineParser &parser, CliIo &io,
                         qint64 seq) const
{
    if (parser.isSet(noPush)) {
        QString error;
        const int queued = Outbox(db).size(&error);
        if (queued < 0) {
            io.err << tr("Could not read the outbox: %1").arg(error) << Qt::endl;
            return ExitStore;
        }
        io.out << tr("Queued; %1 edit(s) wait in the outbox.").arg(queued) << Qt::endl;
        return ExitQueued;
    }
    const QString profileName = store.profileName(parser);
    if (site.siteAddress(parser, profileName).isEmpty()) {
        io.err
            << tr("Queued, not sent: no site address (pass --site URL or use a profile with one).")
            << Qt::endl;
        return ExitQueued;
    }
    SiteConnection connection;
    if (!site.connection(parser, profileName, io, &connection)) {
        io.err << tr("Queued, not sent: no token.") << Qt::endl;
        return ExitKeychain;
    }
    bool ok = false;
    const int tries = parser.value(attempts).toInt(&ok);
    if (!ok || tries < 1) {
        io.err << tr("--attempts must be a number of at least 1.") << Qt::endl;
        return ExitUsage;
    }
    connection.retry.maxAttempts = tries;
    return pushTo(db, connection, io, seq);
}

int OutboxPushFlow::pushTo(Database &db, const SiteConnection &connection, CliIo &io, qint64 seq)
{
    OutboxPusher pusher(db);
    PushResult result;
    QEventLoop loop;
    QObject::connect(&pusher, &OutboxPusher::finished, &loop, [&](const PushResult &r) {
        result = r;
        loop.quit();
    });
    pusher.start(connection);
    loop.exec();
    return report(db, result, io, seq);
}

int OutboxPushFlow::report(Database &db, const PushResult &result, CliIo &io, qint64 seq)
{
    io.out << tr("Pushed %1 edit(s); %2 in conflict, %3 rejected; %4 waiting.")
                  .arg(result.pushed)
                  .arg(result.conflicts)
                  .arg(result.rejected)
                  .arg(result.waiting)
           << Qt::endl;
    if (!result.error.isEmpty())
        io.err << result.error << Qt::endl;
    switch (result.failure) {
    case PushResult::Failure::Unreachable:
        io.err << tr("The edits stay queued and go out with the next push or sync.") << Qt::endl;
        return ExitQueued;
    case PushResult::Failure::Unauthorized:
    case PushResult::Failure::Forbidden:
        return ExitUnauthorized;
    case PushResult::Failure::BadAddress:
        return ExitBadAddress;
    case PushResult::Failure::Store:
        return ExitStore;
    case PushResult::Failure::None:
        break;
    }
    if (seq != 0) {
        const std::optional<OutboxEntry> mine = Outbox(db).entry(seq);
        if (!mine)
            return ExitOk;
        io.err << tr("Not applied on the site: %1")
                      .arg(mine->error.isEmpty()
                               ? tr("waits behind an earlier edit of the same record")
                               : mine->error)
               << Qt::endl;
        return ExitConflict;
    }
    QString error;
    const bool unresolved = hasUnresolved(db, &error);
    if (!error.isEmpty()) {
        io.err << tr("Could not read the outbox: %1").arg(error) << Qt::endl;
        return ExitStore;
    }
    if (unresolved) {
        io.err << tr("Some edits need a decision: see yutang-cli outbox.") << Qt::endl;
        return ExitConflict;
    }
    return ExitOk;
}
