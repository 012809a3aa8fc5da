#pragma once

#include "commands/Command.h"

// yutang-cli store-password set|check|clear --db postgresql://user@host:port/db: the team
// database's password in the OS keychain (read from standard input, never from argv).
class StorePasswordCommand : public Command
{
public:
    explicit StorePasswordCommand(QTextStream *input) : m_input(input) {}
    QString name() const override { return QStringLiteral("store-password"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;

private:
    QTextStream *m_input;
};
