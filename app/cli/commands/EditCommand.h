#pragma once

#include "commands/Command.h"

// yutang-cli edit product ID [--title T] [--price 199.00] [--stock N] [--status S] [--category C]
// Queues the change in the store's outbox, then pushes (see OutboxPushFlow for exit codes).
class EditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("edit"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
