#pragma once

#include "commands/Command.h"

// yutang-cli push: send the outbox to the site (sync does this before it pulls).
class PushCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("push"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
