#include "commands/AnomaliesExportSubject.h"

#include "itemmodels/ReferralAnomalyTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

AnomaliesExportSubject::AnomaliesExportSubject()
    : m_threshold(QStringLiteral("burst-threshold"),
                  QCoreApplication::translate(
                      "AnomaliesExportSubject",
                      "A burst is more registrations than this under one inviter in a day "
                      "(default: the app's setting, 10 unless changed)."),
                  QCoreApplication::translate("AnomaliesExportSubject", "n"))
{}

QString AnomaliesExportSubject::description() const
{
    return QCoreApplication::translate("AnomaliesExportSubject",
                                       "odd referral links and registration bursts");
}

void AnomaliesExportSubject::addOptions(QCommandLineParser &parser)
{
    parser.addOption(m_threshold);
}

bool AnomaliesExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                      TableSnapshot *out, QString *error)
{
    int threshold = 0;
    if (parser.isSet(m_threshold)) {
        bool ok = false;
        threshold = parser.value(m_threshold).toInt(&ok);
        if (!ok || threshold < 1) {
            *error = QCoreApplication::translate("AnomaliesExportSubject",
                                                 "--burst-threshold takes a whole number from 1.");
            return false;
        }
    }
    ReferralAnomalyTableModel model;
    model.runFinder(db, threshold);
    *out = TableSnapshot::fromModel(&model);
    return true;
}
