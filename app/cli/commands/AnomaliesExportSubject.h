#pragma once

#include "commands/ExportSubject.h"

#include <QCommandLineOption>

// `yutang-cli export anomalies`: self-referrals, cycles, missing inviters, deep chains and
// registration bursts, with the members involved.
class AnomaliesExportSubject : public ExportSubject
{
public:
    AnomaliesExportSubject();
    QString name() const override { return QStringLiteral("anomalies"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

private:
    QCommandLineOption m_threshold;
};
