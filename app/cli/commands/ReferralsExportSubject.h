#pragma once

#include "commands/ExportSubject.h"
#include "commands/ReferralFilterOptions.h"

// `yutang-cli export referrals`: the referral tree flattened depth-first, with level and the
// path of customer ids from the root; money columns honour --from/--to.
class ReferralsExportSubject : public ExportSubject
{
public:
    QString name() const override { return QStringLiteral("referrals"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override { m_filters.addRangeTo(parser); }
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

private:
    ReferralFilterOptions m_filters;
};
