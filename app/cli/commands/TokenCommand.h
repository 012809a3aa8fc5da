#pragma once

#include "commands/Command.h"

// yutang-cli token set|check|clear --profile NAME [--site URL]: the profile's site token in the
// OS keychain. `set` reads the token from standard input so that it never appears in argv.
class TokenCommand : public Command
{
public:
    explicit TokenCommand(QTextStream *input) : m_input(input) {}
    QString name() const override { return QStringLiteral("token"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;

private:
    QTextStream *m_input;
};
