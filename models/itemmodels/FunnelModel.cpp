#include "itemmodels/FunnelModel.h"

#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>

namespace {
constexpr FunnelModel::StepKind kSteps[] = {FunnelModel::StepKind::AllSessions, FunnelModel::StepKind::ViewProduct,
                                            FunnelModel::StepKind::AddToCart, FunnelModel::StepKind::BeginCheckout,
                                            FunnelModel::StepKind::Purchase};
}

FunnelModel::FunnelModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
}

void FunnelModel::setDateRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

QString FunnelModel::eventType(StepKind step)
{
    switch (step) {
    case StepKind::AllSessions:
        break;
    case StepKind::ViewProduct:
        return QStringLiteral("view_product");
    case StepKind::AddToCart:
        return QStringLiteral("add_to_cart");
    case StepKind::BeginCheckout:
        return QStringLiteral("begin_checkout");
    case StepKind::Purchase:
        return QStringLiteral("purchase");
    }
    return {};
}

QString FunnelModel::stepName(StepKind step)
{
    switch (step) {
    case StepKind::AllSessions:
        return tr("Sessions");
    case StepKind::ViewProduct:
        return tr("Viewed a product");
    case StepKind::AddToCart:
        return tr("Added to cart");
    case StepKind::BeginCheckout:
        return tr("Began checkout");
    case StepKind::Purchase:
        return tr("Purchased");
    }
    return {};
}

void FunnelModel::reload()
{
    beginResetModel();
    m_counts.clear();
    const ShopCalendar calendar = ShopInfo::load(m_db).calendar();
    const qint64 from = m_range.isValid() ? m_range.startMs(calendar) : 0;
    const qint64 to = m_range.isValid() ? m_range.endMs(calendar) : std::numeric_limits<qint64>::max();
    QSqlQuery all(m_db.connection());
    all.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE started_at >= ? AND started_at < ?"));
    QSqlQuery step(m_db.connection());
    step.prepare(QStringLiteral("SELECT COUNT(DISTINCT e.session_id) FROM events e JOIN sessions s ON s.id = e.session_id "
                                "WHERE e.type = ? AND s.started_at >= ? AND s.started_at < ?"));
    for (StepKind kind : kSteps) {
        QSqlQuery &q = kind == StepKind::AllSessions ? all : step;
        if (kind != StepKind::AllSessions)
            q.addBindValue(eventType(kind));
        q.addBindValue(from);
        q.addBindValue(to);
        m_counts.append(q.exec() && q.next() ? q.value(0).toLongLong() : 0);
    }
    endResetModel();
}

qint64 FunnelModel::sessionsAt(StepKind step) const
{
    return m_counts.value(int(step));
}

double FunnelModel::share(int row, int ofRow) const
{
    const qint64 base = m_counts.value(ofRow);
    return base > 0 ? double(m_counts.value(row)) / double(base) : 0.0;
}

int FunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int FunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const double ofAll = share(row, 0);
    const double ofPrevious = row > 0 ? share(row, row - 1) : 1.0;
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case Step:
            return row;
        case Sessions:
            return m_counts.at(row);
        case ShareOfAll:
            return ofAll;
        case ShareOfPrevious:
            return ofPrevious;
        }
    } else if (role == ItemRoles::RowKindRole) {
        return eventType(kSteps[row]);
    } else if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Step:
            return stepName(kSteps[row]);
        case Sessions:
            return locale.toString(m_counts.at(row));
        case ShareOfAll:
            return locale.toString(ofAll * 100.0, 'f', 1) + QLatin1Char('%');
        case ShareOfPrevious:
            return row == 0 ? QString() : locale.toString(ofPrevious * 100.0, 'f', 1) + QLatin1Char('%');
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != Step) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step:
        return tr("Step");
    case Sessions:
        return tr("Sessions");
    case ShareOfAll:
        return tr("Of all sessions");
    case ShareOfPrevious:
        return tr("Of previous step");
    }
    return {};
}
