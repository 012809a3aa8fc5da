#include "commands/SyncCommand.h"

#include "commands/OutboxPushFlow.h"
#include "commands/SiteAccess.h"
#include "commands/StoreOptions.h"
#include "session/SyncSession.h"
#include "store/Database.h"
#include "sync/ConnectionProfile.h"
#include "sync/SiteConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("SyncCommand", s);
}

int exitCodeFor(SyncResult::Failure failure)
{
    switch (failure) {
    case SyncResult::Failure::None:
        return ExitOk;
    case SyncResult::Failure::BadAddress:
        return ExitBadAddress;
    case SyncResult::Failure::Unauthorized:
    case SyncResult::Failure::Forbidden:
        return ExitUnauthorized;
    case SyncResult::Failure::Unreachable:
        return ExitUnreachable;
    case SyncResult::Failure::Store:
        return ExitStore;
    case SyncResult::Failure::NotASite:
    case SyncResult::Failure::SiteError:
    case SyncResult::Failure::Locked: // another desktop syncs this team store; try again later
        return ExitFailure;
    }
    return ExitFailure;
}

QString progressLine(const SyncProgress &p)
{
    QStringList parts;
    for (auto it = p.collections.cbegin(); it != p.collections.cend(); ++it)
        parts << QStringLiteral("%1 %2%3")
                     .arg(it.key())
                     .arg(it.value().received)
                     .arg(it.value().done ? QStringLiteral(" ✓") : QString());
    return QCoreApplication::translate("SyncCommand", "sync: %1 (%2/%3 collections done)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(p.collectionsDone)
        .arg(p.collectionsTotal);
}

} // namespace

QString SyncCommand::description() const
{
    return tr("Pull the shop's data from its site into the local store.");
}

int SyncCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    SiteAccess siteAccess;
    siteAccess.addTo(parser);
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("List everything again instead of only changes."));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        tr("Records per page (1-1000; default: the most the kind of site allows, up to 1000)."),
        tr("n"), QStringLiteral("0"));
    const QCommandLineOption parallel(
        QStringLiteral("parallel"),
        tr("Parts a full listing is split into, where the site offers it (1-16; default: 4 when "
           "the site is slow to answer, else 1)."),
        tr("n"), QStringLiteral("0"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print no progress."));
    const QCommandLineOption waitLock(
        QStringLiteral("wait-lock"),
        tr("When another desktop is syncing this team store, wait up to this many seconds for it "
           "to end instead of failing at once (0: do not wait)."),
        tr("seconds"), QStringLiteral("0"));
    parser.addOptions({full, pageSize, parallel, quiet, waitLock});
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;

    const QString profileName = store.profileName(parser);
    ConnectionProfile profile = ProfileStore::find(profileName);
    const QString siteAddress = siteAccess.siteAddress(parser, profileName);
    if (siteAddress.isEmpty()) {
        io.err << tr("No site address: pass --site URL (profile \"%1\" has none).").arg(profileName)
               << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(pageSize).toInt(&ok);
    if (!ok || limit < 0 || limit > 1000) {
        io.err << tr("--page-size must be a number from 1 to 1000.") << Qt::endl;
        return ExitUsage;
    }
    const int partitions = parser.value(parallel).toInt(&ok);
    if (!ok || partitions < 0 || partitions > 16) {
        io.err << tr("--parallel must be a number from 1 to 16.") << Qt::endl;
        return ExitUsage;
    }
    constexpr int kMaxLockWaitSeconds = 24 * 3600;
    const int waitSeconds = parser.value(waitLock).toInt(&ok);
    if (!ok || waitSeconds < 0 || waitSeconds > kMaxLockWaitSeconds) {
        io.err
            << tr("--wait-lock must be a number of seconds from 0 to %1.").arg(kMaxLockWaitSeconds)
            << Qt::endl;
        return ExitUsage;
    }

    SiteConnection connection;
    if (!siteAccess.connection(parser, profileName, io, &connection)) {
        io.err << tr("Store the site's secret with: yutang-cli token set --profile %1 (reads it "
                     "from standard input), or pass --token-env VAR (WooCommerce: --key-env VAR "
                     "--secret-env VAR).")
                      .arg(profileName)
               << Qt::endl;
        return ExitKeychain;
    }

    auto db = store.open(parser, io, &code, StoreOptions::IfMissing::Create);
    if (!db)
        return code;
    if (parser.isSet(siteAccess.site) && parser.isSet(store.profile)) {
        profile.name = profileName;
        profile.siteAddress = siteAddress;
        profile.kind = connection.kind;
        ProfileStore::save(profile);
    }

    // Local edits go out first (SyncSession), so that the pull brings back what the site made of
    // them; a failed push does not stop the pull.
    int pushCode = ExitOk;
    SyncSession session(*db);
    QObject::connect(&session, &SyncSession::pushFinished, &session,
                     [&](const PushResult &r) { pushCode = OutboxPushFlow::report(*db, r, io); });
    SyncEngine::Options options;
    options.kind = connection.kind;
    options.siteAddress = siteAddress;
    options.token = connection.secret;
    options.full = parser.isSet(full);
    options.pageLimit = limit;
    options.partitions = partitions;
    options.lockWaitMs = waitSeconds * 1000;
    const bool showProgress = !parser.isSet(quiet);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&session, &SyncSession::progressChanged, &session, [&](const SyncProgress &p) {
        if (showProgress && sinceLine.elapsed() >= 1000) {
            sinceLine.restart();
            io.err << progressLine(p) << Qt::endl;
        }
    });
    QObject::connect(&session, &SyncSession::message, &session, [&](const QString &text) {
        if (showProgress)
            io.err << text << Qt::endl;
    });
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&session, &SyncSession::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    session.start(options);
    if (session.isRunning())
        loop.exec();

    if (result.status != SyncResult::Status::Ok) {
        io.err << tr("Sync failed: %1").arg(result.error) << Qt::endl;
        return exitCodeFor(result.failure);
    }
    qint64 total = 0, quarantined = 0, deleted = 0;
    for (const CollectionCounts &c : std::as_const(result.progress.collections)) {
        total += c.received;
        quarantined += c.quarantined;
        deleted += c.deleted;
    }
    if (showProgress)
        io.err << progressLine(result.progress) << Qt::endl;
    io.out << tr("Synced %1 records (%2 deleted, %3 set aside as malformed) in %4 s.")
                  .arg(total)
                  .arg(deleted)
                  .arg(quarantined)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
           << Qt::endl;
    if (quarantined > 0)
        io.out << tr("See them with: yutang-cli status --db %1").arg(db->location().display())
               << Qt::endl;
    return pushCode; // the pull went well; say whether the edits did too
}
