#include "itemmodels/QuarantineTableModel.h"

QuarantineTableModel::QuarantineTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
}

QList<SqlTableModel::Column> QuarantineTableModel::columns() const
{
    return {
        {tr("Received"), QStringLiteral("q.received_at"), Kind::DateTime},
        {tr("Collection"), QStringLiteral("q.collection"), Kind::Collection},
        {tr("Record"), QStringLiteral("q.record_id"), Kind::Text},
        {tr("Reason"), QStringLiteral("q.reason"), Kind::Text},
        {tr("Raw JSON"), QStringLiteral("q.raw_json"), Kind::Text},
    };
}

QStringList QuarantineTableModel::searchExpressions() const
{
    return {QStringLiteral("q.collection"), QStringLiteral("q.record_id"), QStringLiteral("q.reason"),
            QStringLiteral("q.raw_json")};
}
