#pragma once

#include "commands/Command.h"

// yutang-cli outbox [--json]: the edits not on the site yet, with their state and why.
class OutboxCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
