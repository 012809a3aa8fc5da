#include "commands/ConnectCommand.h"

#include "commands/SiteAccess.h"
#include "commands/StoreOptions.h"
#include "sync/ConnectionProfile.h"
#include "sync/SiteAddress.h"
#include "sync/SiteConnection.h"
#include "sync/SiteConnector.h"
#include "sync/SiteProbe.h"
#include "sync/TokenStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ConnectCommand", s);
}

constexpr int kProbeTimeoutMs = 120000;

// What a failed connection test means, as an exit code.
int exitCodeFor(SyncResult::Failure failure)
{
    switch (failure) {
    case SyncResult::Failure::Unreachable:
        return ExitUnreachable;
    case SyncResult::Failure::Unauthorized:
    case SyncResult::Failure::Forbidden:
        return ExitUnauthorized;
    case SyncResult::Failure::NotASite:
    case SyncResult::Failure::BadAddress:
        return ExitBadAddress;
    default:
        return ExitFailure;
    }
}
} // namespace

QString ConnectCommand::description() const
{
    return tr("Test a shop's address and secret, then save them as a profile (secret in the "
              "system keychain).");
}

bool ConnectCommand::readSecret(const QString &kind, QTextStream *input, CliIo &io,
                                QByteArray *secret)
{
    const SiteConnector *connector = SiteKinds::find(kind);
    if (!connector) {
        io.err << tr("Unknown kind of site \"%1\".").arg(kind) << Qt::endl;
        return false;
    }
    const QStringList parts = connector->secretParts();
    QList<QByteArray> values;
    for (const QString &part : parts) {
        const QByteArray value = input->readLine().trimmed().toUtf8();
        if (value.isEmpty()) {
            io.err << (parts.size() > 1
                           ? tr("Give %1 on standard input, one per line (missing: %2).")
                                 .arg(parts.join(QStringLiteral(", ")), part)
                           : tr("No token on standard input."))
                   << Qt::endl;
            return false;
        }
        values << value;
    }
    *secret = parts.size() > 1 ? connector->packSecret(values) : values.value(0);
    return true;
}

int ConnectCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    SiteAccess access;
    access.addTo(parser);
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    if (!parser.isSet(store.profile) || !parser.isSet(access.site)) {
        io.err << tr("Usage: yutang-cli connect --profile NAME --kind woocommerce|yutang --site "
                     "URL (the secret on standard input)")
               << Qt::endl;
        return ExitUsage;
    }
    const QString profileName = store.profileName(parser);
    SiteConnection connection;
    connection.kind =
        parser.isSet(access.kindOption) ? parser.value(access.kindOption) : SiteKinds::yutangId();
    const SiteConnector *connector = SiteKinds::find(connection.kind);
    if (!connector) {
        QStringList known;
        for (const SiteConnector *k : SiteKinds::all())
            known << k->id();
        io.err << tr("Unknown kind of site \"%1\" (known: %2).")
                      .arg(connection.kind, known.join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitUsage;
    }
    connection.siteAddress = parser.value(access.site);
    SiteAddress address;
    QString error;
    if (!SiteAddress::parse(connection.siteAddress, &address, &error)) {
        io.err << error << Qt::endl;
        return ExitBadAddress;
    }
    // From the environment when named there (scripts), else from standard input.
    const bool fromEnv = parser.isSet(access.tokenEnv) || parser.isSet(access.keyEnv) ||
                         parser.isSet(access.secretEnv);
    if (fromEnv ? !access.token(parser, profileName, io, &connection.secret)
                : !readSecret(connection.kind, m_input, io, &connection.secret))
        return ExitUsage;

    std::unique_ptr<SiteProbe> probe = connector->createProbe(connection);
    if (!probe) {
        io.err << tr("Yutang cannot test a site of kind %1.").arg(connector->displayName())
               << Qt::endl;
        return ExitFailure;
    }
    SiteProbeResult result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(probe.get(), &SiteProbe::finished, &loop, [&](const SiteProbeResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kProbeTimeoutMs, &loop, &QEventLoop::quit);
    probe->start();
    if (!done)
        loop.exec();
    if (!done) {
        io.err << tr("%1 did not answer in time.").arg(connection.siteAddress) << Qt::endl;
        return ExitUnreachable;
    }
    if (!result.ok) {
        io.err << result.error << Qt::endl;
        return exitCodeFor(result.failure);
    }

    io.out << tr("Shop: %1").arg(result.shopName) << Qt::endl
           << tr("Kind: %1").arg(connector->displayName()) << Qt::endl
           << tr("Currency: %1").arg(result.currency) << Qt::endl
           << tr("Time zone: %1").arg(result.timeZone) << Qt::endl;
    if (!result.platformVersion.isEmpty())
        io.out << tr("Platform version: %1").arg(result.platformVersion) << Qt::endl;
    io.out << (!result.writeKnown ? tr("Access: write access shows on the first push")
               : result.canWrite  ? tr("Access: read/write")
                                  : tr("Access: read only (edits stay queued until a key that "
                                       "may write is given)"))
           << Qt::endl;
    if (!result.notes.isEmpty())
        io.out << result.notes << Qt::endl;

    if (!TokenStore::writeBlocking(TokenStore::tokenKey(profileName), connection.secret, &error)) {
        io.err << error << Qt::endl;
        return ExitKeychain;
    }
    ConnectionProfile profile = ProfileStore::find(profileName);
    profile.name = profileName;
    profile.siteAddress = connection.siteAddress;
    profile.kind = connection.kind;
    ProfileStore::save(profile);
    io.out << tr("Profile \"%1\" saved; its secret is in the system keychain.").arg(profileName)
           << Qt::endl;
    return ExitOk;
}
