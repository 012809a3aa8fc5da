#include "itemmodels/EditStateColumn.h"

#include "outbox/OutboxEntry.h"

#include <QCoreApplication>

namespace EditStateColumn {

SqlTableModel::Column column(Collection kind, const QString &idExpression)
{
    // A correlated MAX over the outbox index: evaluated only for the rows a batch returns.
    return {QCoreApplication::translate("EditStateColumn", "Edit"),
            QStringLiteral(
                "(SELECT MAX(ob.state) FROM outbox ob WHERE ob.kind = '%1' AND ob.record_id = %2)")
                .arg(Collections::name(kind), idExpression),
            SqlTableModel::Kind::Text, QStringLiteral("edit_state")};
}

QString display(const QVariant &raw)
{
    OutboxEntry::State state;
    if (raw.isNull() || !OutboxEntry::stateFromInt(raw.toInt(), &state))
        return {};
    return OutboxEntry::stateDisplay(state);
}

QVariant exportValue(const QVariant &raw)
{
    OutboxEntry::State state;
    if (raw.isNull() || !OutboxEntry::stateFromInt(raw.toInt(), &state))
        return {};
    return OutboxEntry::stateName(state);
}

} // namespace EditStateColumn
