#pragma once

#include "commands/Command.h"

// yutang-cli status [--db PATH] [--json]: what the store holds, what was set aside, when it synced.
class StatusCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
