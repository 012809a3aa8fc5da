#include "commands/ReferralsExportSubject.h"

#include "itemmodels/ReferralTreeModel.h"

#include <QCoreApplication>

QString ReferralsExportSubject::description() const
{
    return QCoreApplication::translate("ReferralsExportSubject",
                                       "the referral tree with per-member figures");
}

bool ReferralsExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                      TableSnapshot *out, QString *error)
{
    DateRange range;
    if (!m_filters.readRange(parser, &range, error))
        return false;
    ReferralTreeModel model(db);
    model.setDateRange(range);
    if (!range.isValid())
        model.reload();
    *out = TableSnapshot::fromTree(&model, {}, ReferralTreeModel::MemberId);
    return true;
}
