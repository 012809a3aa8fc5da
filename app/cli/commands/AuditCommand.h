#pragma once

#include "commands/Command.h"

// yutang-cli audit [--db …] [--format text|csv|json] [-o FILE]: recomputes the commissions the
// site should have booked and lists every difference. Exits with ExitFindings when there is any,
// so a scheduled job can alert on it.
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;
};
