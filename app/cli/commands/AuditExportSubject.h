#pragma once

#include "commands/ExportSubject.h"

#include <QCommandLineOption>

// `yutang-cli export audit`: every difference between the site's bookings and the referral
// rules; exits with ExitFindings when there is any.
class AuditExportSubject : public ExportSubject
{
public:
    AuditExportSubject();
    QString name() const override { return QStringLiteral("audit"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;
    int exitCode(const TableSnapshot &table) const override
    {
        return table.rows.isEmpty() ? ExitOk : ExitFindings;
    }

private:
    QCommandLineOption m_kind;
};
