#include "commands/PushCommand.h"

#include "commands/OutboxPushFlow.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

QString PushCommand::description() const
{
    return QCoreApplication::translate("PushCommand", "Send the queued edits to the site.");
}

int PushCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    OutboxPushFlow flow;
    flow.addTo(parser);
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    auto db = flow.store.open(parser, io, &code);
    if (!db)
        return code;
    return flow.push(*db, parser, io);
}
