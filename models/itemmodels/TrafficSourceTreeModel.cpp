#include "itemmodels/TrafficSourceTreeModel.h"

#include "analytics/KeywordSpans.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficSource.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

TrafficSourceTreeModel::TrafficSourceTreeModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent), m_db(db)
{}

TrafficSourceTreeModel::~TrafficSourceTreeModel() = default;

void TrafficSourceTreeModel::setFilter(const TrafficFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString TrafficSourceTreeModel::rangeCondition() const
{
    return QStringLiteral(" WHERE day >= ? AND day <= ?") + m_filter.sqlCondition();
}

void TrafficSourceTreeModel::bindRange(QSqlQuery &q) const
{
    q.addBindValue(ShopDay::key(m_filter.range.from()));
    q.addBindValue(ShopDay::key(m_filter.range.to()));
    for (const QVariant &v : m_filter.sqlValues())
        q.addBindValue(v);
}

void TrafficSourceTreeModel::reload()
{
    beginResetModel();
    m_root.children.clear();
    m_totals = {};
    m_shop = ShopInfo::load(m_db);
    if (m_filter.range.isValid()) {
        QHash<QString, Node *> channels;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT channel, source, %1 FROM traffic_daily%2 GROUP BY channel, source")
                      .arg(TrafficMeasures::sqlSums(), rangeCondition()));
        bindRange(q);
        if (q.exec()) {
            while (q.next()) {
                const QString channel = q.value(0).toString();
                Node *&c = channels[channel];
                if (!c) {
                    auto node = std::make_unique<Node>();
                    node->parent = &m_root;
                    node->id = channel;
                    c = node.get();
                    m_root.children.push_back(std::move(node));
                }
                auto node = std::make_unique<Node>();
                node->parent = c;
                node->level = Level::Source;
                node->id = q.value(1).toString();
                node->measures = TrafficMeasures::fromQuery(q, 2);
                c->measures.add(node->measures);
                m_totals.add(node->measures);
                c->children.push_back(std::move(node));
            }
        }
        sortChildren(m_root);
        for (auto &c : m_root.children)
            sortChildren(*c);
    }
    endResetModel();
}

void TrafficSourceTreeModel::sortChildren(Node &node)
{
    std::sort(node.children.begin(), node.children.end(),
              [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
                  return a->measures.sessions != b->measures.sessions
                             ? a->measures.sessions > b->measures.sessions
                             : a->id < b->id;
              });
    for (size_t i = 0; i < node.children.size(); ++i)
        node.children[i]->row = int(i);
}

bool TrafficSourceTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (parent.isValid() && parent.column() != 0)
        return false;
    if (node->level == Level::Source && parent.isValid())
        return !node->fetched || !node->children.empty();
    return !node->children.empty();
}

bool TrafficSourceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return parent.isValid() && node->level == Level::Source && !node->fetched;
}

void TrafficSourceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *source = nodeOf(parent);
    source->fetched = true;
    QSqlQuery k(m_db.connection());
    k.setForwardOnly(true);
    const KeywordSpans::Rows rows = KeywordSpans::rows(
        m_filter.range.from(), m_filter.range.to(),
        QStringLiteral("keyword, ") + TrafficMeasures::sqlColumns(),
        QStringLiteral(" AND channel = ? AND source = ?"), {source->parent->id, source->id});
    k.prepare(QStringLiteral("SELECT keyword, %1 FROM %2 GROUP BY keyword")
                  .arg(TrafficMeasures::sqlSums(), rows.sql));
    for (const QVariant &v : rows.values)
        k.addBindValue(v);
    std::vector<std::unique_ptr<Node>> keywords;
    if (k.exec()) {
        while (k.next()) {
            auto node = std::make_unique<Node>();
            node->parent = source;
            node->level = Level::Keyword;
            node->id = k.value(0).toString();
            node->measures = TrafficMeasures::fromQuery(k, 1);
            keywords.push_back(std::move(node));
        }
    }
    if (keywords.empty())
        return;
    Node sorted;
    sorted.children = std::move(keywords);
    sortChildren(sorted);
    if (sorted.children.size() > size_t(kKeywordsPerSource))
        sorted.children.resize(kKeywordsPerSource);
    beginInsertRows(parent, 0, int(sorted.children.size()) - 1);
    for (auto &n : sorted.children) {
        n->parent = source;
        source->children.push_back(std::move(n));
    }
    endInsertRows();
}

QList<QPair<QString, TrafficMeasures>> TrafficSourceTreeModel::channelTotals() const
{
    QList<QPair<QString, TrafficMeasures>> list;
    for (const auto &c : m_root.children)
        list.append({c->id, c->measures});
    return list;
}

TrafficSourceTreeModel::Node *TrafficSourceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QString TrafficSourceTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : QString();
}

TrafficSourceTreeModel::Level TrafficSourceTreeModel::levelOf(const QModelIndex &index) const
{
    return nodeOf(index)->level;
}

QModelIndex TrafficSourceTreeModel::findChannel(const QString &channel) const
{
    for (const auto &c : m_root.children) {
        if (c->id == channel)
            return createIndex(c->row, 0, c.get());
    }
    return {};
}

QModelIndex TrafficSourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex TrafficSourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = nodeOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, p);
}

int TrafficSourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TrafficSourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TrafficSourceTreeModel::displayName(const Node &node) const
{
    switch (node.level) {
    case Level::Channel:
        return TrafficSource::channelDisplayName(node.id);
    case Level::Source:
        return TrafficSource::sourceDisplayName(node.id);
    case Level::Keyword:
        return node.id;
    }
    return node.id;
}

QVariant TrafficSourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    if (index.column() == Name) {
        switch (role) {
        case Qt::DisplayRole:
        case ItemRoles::ExportRole:
            return displayName(node);
        case ItemRoles::RawValueRole:
        case ItemRoles::RecordIdRole:
            return node.id;
        case ItemRoles::RowKindRole:
            return int(node.level);
        default:
            return {};
        }
    }
    if (role == ItemRoles::RowKindRole)
        return int(node.level);
    return node.measures.value(TrafficMeasures::Column(index.column() - FirstMeasure), role,
                               m_shop.currency);
}

QVariant TrafficSourceTreeModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    const auto measure = TrafficMeasures::Column(section - FirstMeasure);
    switch (role) {
    case Qt::DisplayRole:
        return section == Name ? tr("Channel / source / keyword")
                               : TrafficMeasures::header(measure);
    case ItemRoles::ColumnKeyRole:
        return section == Name ? QStringLiteral("name") : TrafficMeasures::key(measure);
    case Qt::ToolTipRole:
        return section == Name
                   ? tr("Where the visits came from; open a channel for its sources and keywords")
                   : TrafficMeasures::tooltip(measure);
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}
