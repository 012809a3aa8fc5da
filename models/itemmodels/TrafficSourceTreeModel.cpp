#include "itemmodels/TrafficSourceTreeModel.h"

#include "analytics/ShopDay.h"
#include "analytics/TrafficSource.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

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

void TrafficSourceTreeModel::reload()
{
    beginResetModel();
    m_root.children.clear();
    m_totals = {};
    m_shop = ShopInfo::load(m_db);
    if (m_filter.range.isValid()) {
        const QString where =
            QStringLiteral(" WHERE day >= ? AND day <= ?") + m_filter.sqlCondition();
        auto bindAll = [&](QSqlQuery &q) {
            q.addBindValue(ShopDay::key(m_filter.range.from()));
            q.addBindValue(ShopDay::key(m_filter.range.to()));
            for (const QVariant &v : m_filter.sqlValues())
                q.addBindValue(v);
        };
        QHash<QString, Node *> channels;
        QHash<QString, Node *> sources; // "channel\nsource"
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                      "SELECT channel, source, %1 FROM traffic_daily%2 GROUP BY channel, source")
                      .arg(TrafficMeasures::sqlSums(), where));
        bindAll(q);
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
                sources.insert(channel + QLatin1Char('\n') + node->id, node.get());
                c->children.push_back(std::move(node));
            }
        }
        QSqlQuery k(m_db.connection());
        k.prepare(
            QStringLiteral("SELECT channel, source, keyword, %1 FROM traffic_keywords_daily%2 "
                           "GROUP BY channel, source, keyword")
                .arg(TrafficMeasures::sqlSums(), where));
        bindAll(k);
        if (k.exec()) {
            while (k.next()) {
                Node *s = sources.value(k.value(0).toString() + QLatin1Char('\n') +
                                        k.value(1).toString());
                if (!s)
                    continue;
                auto node = std::make_unique<Node>();
                node->parent = s;
                node->level = Level::Keyword;
                node->id = k.value(2).toString();
                node->measures = TrafficMeasures::fromQuery(k, 3);
                s->children.push_back(std::move(node));
            }
        }
        auto bySessions = [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
            return a->measures.sessions != b->measures.sessions
                       ? a->measures.sessions > b->measures.sessions
                       : a->id < b->id;
        };
        std::function<void(Node &)> sortTree = [&](Node &n) {
            std::sort(n.children.begin(), n.children.end(), bySessions);
            if (n.level == Level::Source && n.children.size() > size_t(kKeywordsPerSource))
                n.children.resize(kKeywordsPerSource);
            for (size_t i = 0; i < n.children.size(); ++i) {
                n.children[i]->row = int(i);
                sortTree(*n.children[i]);
            }
        };
        sortTree(m_root);
    }
    endResetModel();
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
