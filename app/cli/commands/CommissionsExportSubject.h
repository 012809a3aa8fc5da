#pragma once

#include "commands/ExportSubject.h"
#include "commands/ReferralFilterOptions.h"

// `yutang-cli export commissions`: the commission ledger with the pane's filters.
class CommissionsExportSubject : public ExportSubject
{
public:
    QString name() const override { return QStringLiteral("commissions"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override { m_filters.addLedgerTo(parser); }
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

private:
    ReferralFilterOptions m_filters;
};
