#include "itemmodels/TrafficBreakdownModel.h"

#include "analytics/KeywordSpans.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficSource.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <algorithm>

TrafficBreakdownModel::TrafficBreakdownModel(Database &db, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_kind(kind)
{}

void TrafficBreakdownModel::setFilter(const TrafficFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TrafficBreakdownModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_shop = ShopInfo::load(m_db);
    if (m_filter.range.isValid()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (m_kind == Kind::SourcesOfChannel) {
            q.prepare(
                QStringLiteral(
                    "SELECT source, source, %1 FROM traffic_daily WHERE day >= ? AND day <= ? "
                    "AND channel = ? GROUP BY source")
                    .arg(TrafficMeasures::sqlSums()));
            q.addBindValue(ShopDay::key(m_filter.range.from()));
            q.addBindValue(ShopDay::key(m_filter.range.to()));
            q.addBindValue(m_channel);
        } else {
            // Search keywords whatever the channel filter says, unless it names one search channel;
            // from the keyword spans, so a year reads a few thousand rows (analytics/KeywordSpans).
            TrafficFilter f = m_filter;
            if (f.channel != TrafficChannel::search() && f.channel != TrafficChannel::paidSearch())
                f.channel.clear();
            const KeywordSpans::Rows rows = KeywordSpans::rows(
                m_filter.range.from(), m_filter.range.to(),
                QStringLiteral("keyword, source, ") + TrafficMeasures::sqlColumns(),
                QStringLiteral(" AND channel IN ('search', 'paid_search')") + f.sqlCondition(),
                f.sqlValues());
            q.prepare(QStringLiteral("SELECT keyword, source, %1 FROM %2 GROUP BY keyword, source")
                          .arg(TrafficMeasures::sqlSums(), rows.sql));
            for (const QVariant &v : rows.values)
                q.addBindValue(v);
        }
        if (q.exec()) {
            while (q.next())
                m_rows.append({q.value(0).toString(), q.value(1).toString(),
                               TrafficMeasures::fromQuery(q, 2)});
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            if (a.measures.sessions != b.measures.sessions)
                return a.measures.sessions > b.measures.sessions;
            return a.name != b.name ? a.name < b.name : a.source < b.source;
        });
    }
    endResetModel();
}

int TrafficBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == Name || index.column() == Source) {
        const bool name = index.column() == Name;
        const QString id = name ? row.name : row.source;
        switch (role) {
        case Qt::DisplayRole:
        case ItemRoles::ExportRole:
            // Keywords as typed; the WeChat table's second column is the stable source id.
            return name == (m_kind == Kind::SearchKeywords) ? id
                                                            : TrafficSource::sourceDisplayName(id);
        case ItemRoles::RawValueRole:
        case ItemRoles::RecordIdRole:
            return id;
        default:
            return {};
        }
    }
    return row.measures.value(TrafficMeasures::Column(index.column() - FirstMeasure), role,
                              m_shop.currency);
}

QVariant TrafficBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool keywords = m_kind == Kind::SearchKeywords;
    const auto measure = TrafficMeasures::Column(section - FirstMeasure);
    switch (role) {
    case Qt::DisplayRole:
        if (section == Name)
            return keywords ? tr("Keyword") : tr("Source");
        if (section == Source)
            return keywords ? tr("Search engine") : tr("Source id");
        return TrafficMeasures::header(measure);
    case ItemRoles::ColumnKeyRole:
        if (section == Name)
            return keywords ? QStringLiteral("keyword") : QStringLiteral("source_name");
        if (section == Source)
            return keywords ? QStringLiteral("engine") : QStringLiteral("source");
        return TrafficMeasures::key(measure);
    case Qt::ToolTipRole:
        return section >= FirstMeasure ? TrafficMeasures::tooltip(measure) : QVariant();
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}
