#include "commands/ProblemsExportSubject.h"

#include "itemmodels/QuarantineTableModel.h"

#include <QCoreApplication>

QString ProblemsExportSubject::description() const
{
    return QCoreApplication::translate("ProblemsExportSubject", "records the sync set aside as malformed");
}

bool ProblemsExportSubject::snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out, QString *error)
{
    Q_UNUSED(parser);
    Q_UNUSED(error);
    QuarantineTableModel model(db);
    model.reload();
    *out = TableSnapshot::fromModel(&model);
    return true;
}
