#include "itemmodels/OutboxModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
QString valueText(const QString &field, const QJsonValue &v)
{
    if (field == QLatin1String("price"))
        return Money::toDecimal(qint64(v.toDouble()));
    if (field == QLatin1String("stock"))
        return QString::number(qint64(v.toDouble()));
    if (field == QLatin1String("shipping")) {
        const QJsonObject s = v.toObject();
        return (s.value(QLatin1String("carrier")).toString() + QLatin1Char(' ') +
                s.value(QLatin1String("tracking_number")).toString())
            .trimmed();
    }
    return v.toString();
}

QString label(Database &db, const OutboxEntry &e)
{
    QSqlQuery q(db.connection());
    q.prepare(e.kind == Collection::Products
                  ? QStringLiteral("SELECT title FROM products WHERE id = ?")
                  : QStringLiteral("SELECT number FROM orders WHERE id = ?"));
    q.addBindValue(e.recordId);
    return q.exec() && q.next() ? q.value(0).toString() : e.recordId;
}
} // namespace

OutboxModel::OutboxModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{}

void OutboxModel::reload()
{
    beginResetModel();
    m_entries = Outbox(m_db).entries();
    m_labels.clear();
    for (const OutboxEntry &e : std::as_const(m_entries))
        m_labels << label(m_db, e);
    endResetModel();
}

QString OutboxModel::describeChange(const OutboxEntry &entry)
{
    QStringList parts;
    for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it) {
        const QString before = valueText(it.key(), entry.before.value(it.key()));
        parts
            << QStringLiteral("%1 %2 → %3").arg(it.key(), before, valueText(it.key(), it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

QString OutboxModel::describeReason(const OutboxEntry &entry)
{
    QStringList parts;
    if (!entry.error.isEmpty())
        parts << entry.error;
    for (auto it = entry.fieldErrors.begin(); it != entry.fieldErrors.end(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    return parts.join(QStringLiteral("; "));
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Queued + 1;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    if (role == ItemRoles::RecordIdRole)
        return e.recordId;
    if (role == ItemRoles::RowKindRole)
        return OutboxEntry::stateName(e.state);
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case State:
            return int(e.state);
        case Queued:
            return e.createdAt;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ItemRoles::ExportRole)
        return {};
    switch (index.column()) {
    case Record:
        return (e.kind == Collection::Products ? tr("Product %1") : tr("Order %1"))
            .arg(m_labels.value(index.row()));
    case Change:
        return describeChange(e);
    case State:
        return role == ItemRoles::ExportRole ? OutboxEntry::stateName(e.state)
                                             : OutboxEntry::stateDisplay(e.state);
    case Reason:
        return describeReason(e);
    case Queued:
        return QDateTime::fromMSecsSinceEpoch(e.createdAt)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > Queued)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ItemRoles::ColumnKeyRole) {
        static const char *keys[] = {"record", "change", "state", "reason", "queued_at"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    case State:
        return tr("State");
    case Reason:
        return tr("Why");
    case Queued:
        return tr("Queued");
    }
    return {};
}
