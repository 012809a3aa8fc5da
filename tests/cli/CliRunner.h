#pragma once

#include "commands/CommandRegistry.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

// Runs yutang-cli verbs in-process with buffers for stdin, stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     const QString &stdinText = {})
{
    CliRun run;
    QString input = stdinText;
    QTextStream in(&input);
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliIo io{out, err, env};
    CommandRegistry registry(&in);
    run.exitCode = registry.run(QStringList{QStringLiteral("yutang-cli")} + args, io);
    out.flush();
    err.flush();
    return run;
}
