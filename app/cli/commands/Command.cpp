#include "commands/Command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, CliIo &io,
                    int *exitCode) const
{
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Command", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl;
        io.err << QCoreApplication::translate("Command", "Try: yutang-cli %1 --help").arg(name()) << Qt::endl;
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        io.out.flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}
