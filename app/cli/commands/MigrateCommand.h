#pragma once

#include "commands/Command.h"

// yutang-cli migrate --from sqlite:PATH --to postgresql://user@host:port/db [--replace]:
// copies a local store into a team database (ids and sync state kept) and compares the row
// counts of every table. Exit 0 when all match, 8 on a mismatch, 6 when a store fails.
class MigrateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
