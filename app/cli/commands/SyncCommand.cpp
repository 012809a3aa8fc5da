#include "commands/SyncCommand.h"

#include "commands/OutboxPushFlow.h"
#include "commands/StoreOptions.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSyncObserver.h"
#include "store/Database.h"
#include "sync/ConnectionProfile.h"
#include "sync/SyncEngine.h"
#include "sync/TokenStore.h"

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
    const QCommandLineOption site(QStringLiteral("site"),
                                  tr("The site address (default: the profile's)."), tr("url"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  tr("List everything again instead of only changes."));
    const QCommandLineOption tokenEnv(
        QStringLiteral("token-env"),
        tr("Read the token from this environment variable instead of the keychain."), tr("var"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("Records per page (1-1000)."),
                                      tr("n"), QStringLiteral("1000"));
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
    parser.addOptions({site, full, tokenEnv, pageSize, parallel, quiet, waitLock});
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;

    const QString profileName = store.profileName(parser);
    ConnectionProfile profile = ProfileStore::find(profileName);
    const QString siteAddress = parser.isSet(site) ? parser.value(site) : profile.siteAddress;
    if (siteAddress.isEmpty()) {
        io.err << tr("No site address: pass --site URL (profile \"%1\" has none).").arg(profileName)
               << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(pageSize).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000) {
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

    QByteArray token;
    if (parser.isSet(tokenEnv)) {
        token = io.env.value(parser.value(tokenEnv)).toUtf8();
        if (token.isEmpty()) {
            io.err << tr("The environment variable %1 is empty or not set.")
                          .arg(parser.value(tokenEnv))
                   << Qt::endl;
            return ExitKeychain;
        }
    } else {
        QString error;
        if (!TokenStore::readBlocking(TokenStore::tokenKey(profileName), &token, &error)) {
            io.err << tr("No token for profile \"%1\": %2").arg(profileName, error) << Qt::endl;
            io.err << tr("Store one with: yutang-cli token set --profile %1 (reads it from "
                         "standard input), "
                         "or pass --token-env VAR.")
                          .arg(profileName)
                   << Qt::endl;
            return ExitKeychain;
        }
    }

    auto db = store.open(parser, io, &code);
    if (!db)
        return code;
    if (parser.isSet(site) && parser.isSet(store.profile)) {
        profile.name = profileName;
        profile.siteAddress = siteAddress;
        ProfileStore::save(profile);
    }

    // Local edits go out first, so that the pull brings back what the site made of them.
    int pushCode = ExitOk;
    if (Outbox(*db).size() > 0)
        pushCode = OutboxPushFlow::pushTo(*db, siteAddress, token, RetryPolicy().maxAttempts, io);

    SyncEngine engine(*db);
    OutboxSyncObserver outboxObserver; // unpushed edits stay on top of what the pull writes
    engine.applier().addObserver(&outboxObserver);
    SyncEngine::Options options;
    options.siteAddress = siteAddress;
    options.token = token;
    options.full = parser.isSet(full);
    options.pageLimit = limit;
    options.partitions = partitions;
    options.lockWaitMs = waitSeconds * 1000;
    const bool showProgress = !parser.isSet(quiet);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&engine, &SyncEngine::progressChanged, &engine, [&](const SyncProgress &p) {
        if (showProgress && sinceLine.elapsed() >= 1000) {
            sinceLine.restart();
            io.err << progressLine(p) << Qt::endl;
        }
    });
    QObject::connect(&engine, &SyncEngine::message, &engine, [&](const QString &text) {
        if (showProgress)
            io.err << text << Qt::endl;
    });
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    engine.start(options);
    if (engine.isRunning())
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
