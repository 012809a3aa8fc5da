#pragma once

#include "commands/Command.h"
#include "commands/ExportSubject.h"

#include <memory>
#include <vector>

// yutang-cli export SUBJECT [filters] [--format csv|json] [--encoding utf8-bom|utf8|gb18030] [-o FILE|-]
class ExportCommand : public Command
{
public:
    ExportCommand();
    ~ExportCommand() override;
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;

private:
    std::vector<std::unique_ptr<ExportSubject>> m_subjects;
};
