#pragma once

#include "commands/Command.h"

// yutang-cli sync --site URL [--profile NAME] [--db PATH] [--full] [--token-env VAR]
class SyncCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
