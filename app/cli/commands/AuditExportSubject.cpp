#include "commands/AuditExportSubject.h"

#include "itemmodels/AuditFindingTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

AuditExportSubject::AuditExportSubject()
    : m_kind(QStringLiteral("kind"),
             QCoreApplication::translate("AuditExportSubject",
                                         "Only findings of this kind (e.g. wrong_amount)."),
             QCoreApplication::translate("AuditExportSubject", "kind"))
{}

QString AuditExportSubject::description() const
{
    return QCoreApplication::translate("AuditExportSubject",
                                       "commission bookings that differ from the referral rules");
}

void AuditExportSubject::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_kind);
}

bool AuditExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                  TableSnapshot *out, QString *error)
{
    QStringList kinds;
    for (AuditFinding::Kind k : AuditFinding::kinds())
        kinds << AuditFinding::key(k);
    if (parser.isSet(m_kind) && !kinds.contains(parser.value(m_kind))) {
        *error = QCoreApplication::translate("AuditExportSubject", "--kind takes one of %1.")
                     .arg(kinds.join(QStringLiteral(", ")));
        return false;
    }
    AuditFindingTableModel model;
    model.runAudit(db);
    model.setKindFilter(parser.value(m_kind));
    *out = TableSnapshot::fromModel(&model);
    return true;
}
