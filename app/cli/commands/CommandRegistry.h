#pragma once

#include "commands/Command.h"

#include <memory>
#include <vector>

// Every verb yutang-cli knows, and the dispatch from argv to one of them.
class CommandRegistry
{
public:
    explicit CommandRegistry(QTextStream *input);
    Command *find(const QString &name) const;
    // argv without the program name's successor handling: arguments[0] is the program.
    int run(const QStringList &arguments, CliIo &io) const;
    void printUsage(QTextStream &out) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
