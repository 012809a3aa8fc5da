#include "commands/OrderEditCommand.h"

#include "commands/OutboxPushFlow.h"
#include "outbox/EditRules.h"
#include "outbox/LocalRecords.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("OrderEditCommand", s);
}
} // namespace

int OrderEditCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    OutboxPushFlow flow;
    flow.addTo(parser);
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("order"), tr("The order number."));
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("Usage: yutang-cli %1 ORDER_NUMBER").arg(name()) << Qt::endl;
        return ExitUsage;
    }
    QJsonObject edit;
    if (!fields(parser, io, &edit))
        return ExitUsage;
    auto db = flow.store.open(parser, io, &code);
    if (!db)
        return code;
    const QString number = parser.positionalArguments().constFirst();
    const QString id = LocalRecords(*db).orderIdForNumber(number);
    if (id.isEmpty()) {
        io.err << tr("No order numbered %1 in the store (sync first?).").arg(number) << Qt::endl;
        return ExitUsage;
    }
    QString error;
    const qint64 seq = Outbox(*db).queue(Collection::Orders, id, edit, &error);
    if (!seq) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    return flow.push(*db, parser, io, seq);
}

QString OrderStatusCommand::description() const
{
    return m_target == QLatin1String("cancelled")
               ? tr("Cancel a pending or paid order and push it.")
               : tr("Mark a shipped order completed and push it.");
}

bool OrderStatusCommand::fields(const QCommandLineParser &parser, CliIo &io, QJsonObject *out) const
{
    Q_UNUSED(parser);
    Q_UNUSED(io);
    *out = EditRules::statusFields(m_target);
    return true;
}
