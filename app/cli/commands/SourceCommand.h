#pragma once

#include "commands/Command.h"

// yutang-cli source --landing URL [--referrer URL] [--user-agent UA] [--json] [--db PATH|--profile
// NAME] Prints the channel, source and keyword Yutang would give a visit, and the rule that
// decided. With a store, the merchant's own rules in it apply too.
class SourceCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("source"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
