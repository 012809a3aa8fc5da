#include "commands/StatusCommand.h"

#include "commands/StoreOptions.h"
#include "store/Database.h"
#include "store/StoreStatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("StatusCommand", s);
}
} // namespace

QString StatusCommand::description() const
{
    return tr("Show record counts, records set aside as malformed, and the last sync time.");
}

int StatusCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    auto db = store.open(parser, io, &code);
    if (!db)
        return code;
    const StoreStatus status = StoreStatus::read(*db);
    if (parser.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    io.out << tr("Store: %1").arg(db->location().display()) << Qt::endl;
    if (!status.shopName.isEmpty())
        io.out << tr("Shop: %1 (%2, %3)").arg(status.shopName, status.currency, status.timezone) << Qt::endl;
    io.out << tr("Last sync: %1").arg(status.lastSyncAt.isValid() ? status.lastSyncAt.toString(Qt::ISODate) : tr("never"))
           << Qt::endl;
    for (const auto &[collection, count] : status.counts)
        io.out << QStringLiteral("  %1: %2").arg(collection, -12).arg(count) << Qt::endl;
    if (status.quarantined.isEmpty()) {
        io.out << tr("No malformed records.") << Qt::endl;
    } else {
        io.out << QCoreApplication::translate("StatusCommand", "%n malformed record(s) set aside:", nullptr, int(status.quarantined.size())) << Qt::endl;
        for (const StoreStatus::Quarantined &q : status.quarantined)
            io.out << QStringLiteral("  %1 %2: %3").arg(q.collection, q.recordId.isEmpty() ? QStringLiteral("(no id)") : q.recordId, q.reason)
                   << Qt::endl;
    }
    return ExitOk;
}
