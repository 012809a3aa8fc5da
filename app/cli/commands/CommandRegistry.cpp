#include "commands/CommandRegistry.h"

#include "commands/AuditCommand.h"
#include "commands/ConnectCommand.h"
#include "commands/EditCommand.h"
#include "commands/ExportCommand.h"
#include "commands/MigrateCommand.h"
#include "commands/OrderEditCommand.h"
#include "commands/OutboxCommand.h"
#include "commands/PushCommand.h"
#include "commands/ShipCommand.h"
#include "commands/SourceCommand.h"
#include "commands/StatusCommand.h"
#include "commands/StorePasswordCommand.h"
#include "commands/SyncCommand.h"
#include "commands/TokenCommand.h"

#include <QCoreApplication>

CommandRegistry::CommandRegistry(QTextStream *input)
{
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>(input));
    m_commands.push_back(std::make_unique<ConnectCommand>(input));
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SourceCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<EditCommand>());
    m_commands.push_back(std::make_unique<ShipCommand>());
    m_commands.push_back(std::make_unique<OrderStatusCommand>(QStringLiteral("cancel"), QStringLiteral("cancelled")));
    m_commands.push_back(std::make_unique<OrderStatusCommand>(QStringLiteral("complete"), QStringLiteral("completed")));
    m_commands.push_back(std::make_unique<OutboxCommand>());
    m_commands.push_back(std::make_unique<PushCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<StorePasswordCommand>(input));
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

void CommandRegistry::printUsage(QTextStream &out) const
{
    out << QCoreApplication::translate("CommandRegistry", "Usage: yutang-cli <command> [options]") << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("CommandRegistry", "Commands:") << Qt::endl;
    for (const auto &c : m_commands)
        out << QStringLiteral("  %1  %2").arg(c->name(), -10).arg(c->description()) << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate("CommandRegistry", "Run yutang-cli <command> --help for its options.") << Qt::endl;
}

int CommandRegistry::run(const QStringList &arguments, CliIo &io) const
{
    const QString verb = arguments.value(1);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        printUsage(verb.isEmpty() ? io.err : io.out);
        return verb.isEmpty() ? ExitUsage : ExitOk;
    }
    if (verb == QLatin1String("--version")) {
        io.out << QStringLiteral("yutang-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    Command *command = find(verb);
    if (!command) {
        io.err << QCoreApplication::translate("CommandRegistry", "Unknown command: %1").arg(verb) << Qt::endl;
        printUsage(io.err);
        return ExitUsage;
    }
    return command->execute(arguments.mid(1), io);
}
