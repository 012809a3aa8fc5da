#include "commands/CommissionsExportSubject.h"

#include "itemmodels/CommissionTableModel.h"

#include <QCoreApplication>

QString CommissionsExportSubject::description() const
{
    return QCoreApplication::translate("CommissionsExportSubject",
                                       "the commission ledger the site booked");
}

bool CommissionsExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                        TableSnapshot *out, QString *error)
{
    ReferralFilterOptions::Values filters;
    if (!m_filters.read(parser, &filters, error))
        return false;
    CommissionTableModel model(db);
    model.setBeneficiary(filters.beneficiary);
    model.setStatus(filters.status);
    model.setLevel(filters.level);
    model.setDateRange(filters.range);
    model.sort(CommissionTableModel::Created, Qt::AscendingOrder);
    *out = TableSnapshot::fromModel(&model);
    return true;
}
