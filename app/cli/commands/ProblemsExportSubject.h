#pragma once

#include "commands/ExportSubject.h"

// `yutang-cli export problems`: the records the sync set aside as malformed.
class ProblemsExportSubject : public ExportSubject
{
public:
    QString name() const override { return QStringLiteral("problems"); }
    QString description() const override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out, QString *error) override;
};
