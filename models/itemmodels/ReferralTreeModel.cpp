#include "itemmodels/ReferralTreeModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace {
constexpr int kRootBatch = 200;
constexpr int kChildBatch = 1000;

bool isMoney(int column)
{
    switch (column) {
    case ReferralTreeModel::Spent:
    case ReferralTreeModel::CommissionEarned:
    case ReferralTreeModel::Level1Revenue:
    case ReferralTreeModel::Level2Revenue:
    case ReferralTreeModel::Level3Revenue:
    case ReferralTreeModel::CommissionPending:
    case ReferralTreeModel::CommissionConfirmed:
    case ReferralTreeModel::CommissionPaid:
    case ReferralTreeModel::CommissionReversed:
        return true;
    default:
        return false;
    }
}
} // namespace

ReferralTreeModel::ReferralTreeModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent), m_db(db), m_root(std::make_unique<Node>())
{}

ReferralTreeModel::~ReferralTreeModel() = default;

void ReferralTreeModel::setDateRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

ReferralTreeModel::Loaded ReferralTreeModel::load(const Database &db, const DateRange &range)
{
    Loaded loaded;
    loaded.shop = ShopInfo::load(db);
    loaded.range = range;
    loaded.graph = ReferralGraph::load(db);
    const ShopCalendar calendar = loaded.shop.calendar();
    const qint64 from =
        range.isValid() ? range.startMs(calendar) : std::numeric_limits<qint64>::min();
    const qint64 to = range.isValid() ? range.endMs(calendar) : std::numeric_limits<qint64>::max();
    loaded.stats = MemberStats::compute(loaded.graph, db, from, to);
    return loaded;
}

ReferralTreeModel::Loaded ReferralTreeModel::apply(Loaded loaded)
{
    beginResetModel();
    std::swap(m_shop, loaded.shop);
    std::swap(m_range, loaded.range);
    std::swap(m_graph, loaded.graph);
    std::swap(m_stats, loaded.stats);
    resetTree();
    endResetModel();
    return loaded;
}

void ReferralTreeModel::reload()
{
    apply(load(m_db, m_range));
}

void ReferralTreeModel::resetTree()
{
    m_root = std::make_unique<Node>();
    fetchInto(m_root.get(), {}, kRootBatch, false); // inside a model reset
}

QSet<QString> ReferralTreeModel::cycleCuts() const
{
    QSet<QString> cuts;
    for (const QList<int> &loop : m_graph.cycles())
        cuts.insert(m_graph.id(loop.first()));
    return cuts;
}

const std::vector<int> &ReferralTreeModel::childMembersOf(const Node *node) const
{
    return node->member == ReferralGraph::kNone ? m_graph.roots() : m_graph.children(node->member);
}

void ReferralTreeModel::ensureOrder(Node *node) const
{
    if (node->ordered)
        return;
    node->ordered = true;
    node->order = childMembersOf(node);
    if (m_sortColumn < 0)
        return; // the graph's order: registration time
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == Customer || m_sortColumn == MemberId) {
        std::stable_sort(node->order.begin(), node->order.end(), [&](int a, int b) {
            const QString ka = displayValue(a, m_sortColumn), kb = displayValue(b, m_sortColumn);
            return ascending ? ka < kb : kb < ka;
        });
        return;
    }
    std::stable_sort(node->order.begin(), node->order.end(), [&](int a, int b) {
        const qint64 ka = rawValue(a, m_sortColumn).toLongLong(),
                     kb = rawValue(b, m_sortColumn).toLongLong();
        return ascending ? ka < kb : kb < ka;
    });
}

void ReferralTreeModel::fetchInto(Node *node, const QModelIndex &parentIndex, int count,
                                  bool announce)
{
    ensureOrder(node);
    const int before = int(node->children.size());
    const int after = std::min<int>(int(node->order.size()), before + count);
    if (after <= before)
        return;
    if (announce)
        beginInsertRows(parentIndex, before, after - 1);
    node->children.reserve(size_t(after));
    for (int row = before; row < after; ++row) {
        auto child = std::make_unique<Node>();
        child->member = node->order[size_t(row)];
        child->parent = node;
        child->row = row;
        node->children.push_back(std::move(child));
    }
    if (announce)
        endInsertRows();
}

ReferralTreeModel::Node *ReferralTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ReferralTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex ReferralTreeModel::indexOfLoaded(const QString &customerId) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        for (const auto &child : node->children) {
            if (m_graph.id(child->member) == customerId)
                return indexOfNode(child.get());
            stack.push_back(child.get());
        }
    }
    return {};
}

QModelIndex ReferralTreeModel::reveal(const QString &customerId)
{
    const int member = m_graph.indexOf(customerId);
    if (member == ReferralGraph::kNone)
        return {};
    const std::vector<int> path = m_graph.uplinePath(member);
    Node *node = m_root.get();
    for (int step : path) {
        ensureOrder(node);
        const auto it = std::find(node->order.cbegin(), node->order.cend(), step);
        if (it == node->order.cend())
            return {}; // a root without invitees is not shown
        const int row = int(it - node->order.cbegin());
        if (row >= int(node->children.size()))
            fetchInto(node, indexOfNode(node), row + 1 - int(node->children.size()));
        node = node->children[size_t(row)].get();
    }
    return indexOfNode(node);
}

QStringList ReferralTreeModel::uplineIds(const QString &customerId) const
{
    QStringList ids;
    const int member = m_graph.indexOf(customerId);
    if (member == ReferralGraph::kNone)
        return ids;
    for (int m : m_graph.uplinePath(member))
        ids << m_graph.id(m);
    return ids;
}

QStringList ReferralTreeModel::search(const QString &text, int limit) const
{
    QStringList found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    if (m_graph.indexOf(needle) != ReferralGraph::kNone)
        found << needle;
    for (int m = 0; m < m_graph.size() && found.size() < limit; ++m) {
        const QString &id = m_graph.id(m);
        if (id != needle && (id.contains(needle, Qt::CaseInsensitive) ||
                             m_graph.nickname(m).contains(needle, Qt::CaseInsensitive)))
            found << id;
    }
    return found;
}

QString ReferralTreeModel::nicknameOf(const QString &customerId) const
{
    const int m = m_graph.indexOf(customerId);
    return m == ReferralGraph::kNone ? QString() : m_graph.nickname(m);
}

QModelIndex ReferralTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex ReferralTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ReferralTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ReferralTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ReferralTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return !childMembersOf(nodeOf(parent)).empty();
}

bool ReferralTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->children.size() < childMembersOf(node).size();
}

void ReferralTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    fetchInto(node, parent, node == m_root.get() ? kRootBatch : kChildBatch);
}

void ReferralTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    resetTree();
    endResetModel();
}

QVariant ReferralTreeModel::rawValue(int member, int column) const
{
    const MemberFigures &f = m_stats.of(member);
    switch (column) {
    case Customer:
        return m_graph.nickname(member).isEmpty() ? m_graph.id(member) : m_graph.nickname(member);
    case MemberId:
        return m_graph.id(member);
    case Registered:
        return m_graph.registeredAt(member);
    case Invitees:
        return int(m_graph.children(member).size());
    case TeamSize:
        return f.teamSize;
    case Spent:
        return f.revenue;
    case CommissionEarned:
        return f.commissionEarned();
    case Orders:
        return f.orders;
    case Level1Members:
    case Level2Members:
    case Level3Members:
        return f.downlineCount[size_t(column - Level1Members)];
    case Level1Revenue:
    case Level2Revenue:
    case Level3Revenue:
        return f.downlineRevenue[size_t(column - Level1Revenue)];
    case CommissionPending:
    case CommissionConfirmed:
    case CommissionPaid:
    case CommissionReversed:
        return f.commission[size_t(column - CommissionPending)];
    }
    return {};
}

QString ReferralTreeModel::displayValue(int member, int column) const
{
    const QVariant raw = rawValue(member, column);
    if (column == Customer || column == MemberId)
        return raw.toString();
    if (column == Registered)
        return m_shop.calendar().toShopTime(raw.toLongLong()).date().toString(Qt::ISODate);
    if (isMoney(column))
        return Money::display(raw.toLongLong(), m_shop.currency);
    return QLocale().toString(raw.toLongLong());
}

QVariant ReferralTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int member = nodeOf(index)->member;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(member, column);
    case ItemRoles::RawValueRole:
        return rawValue(member, column);
    case ItemRoles::RecordIdRole:
        return m_graph.id(member);
    case ItemRoles::ExportRole:
        if (column == Registered)
            return m_shop.calendar()
                .toShopTime(m_graph.registeredAt(member))
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (isMoney(column))
            return Money::toDecimal(rawValue(member, column).toLongLong());
        return rawValue(member, column);
    case Qt::ToolTipRole:
        if (column != Customer)
            return {};
        if (m_graph.isCycleCut(member))
            return tr("%1 — its referrer link forms a cycle and is ignored")
                .arg(m_graph.id(member));
        return m_graph.id(member);
    case Qt::TextAlignmentRole:
        if (column >= Invitees && column != MemberId)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ReferralTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"customer",
                                       "registered",
                                       "invitees",
                                       "team_size",
                                       "spent",
                                       "commission_earned",
                                       "orders",
                                       "level1_members",
                                       "level2_members",
                                       "level3_members",
                                       "level1_revenue",
                                       "level2_revenue",
                                       "level3_revenue",
                                       "commission_pending",
                                       "commission_confirmed",
                                       "commission_paid",
                                       "commission_reversed",
                                       "customer_id"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == ItemRoles::ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Registered:
        return tr("Registered");
    case Invitees:
        return tr("Invited");
    case TeamSize:
        return tr("Team size");
    case Spent:
        return tr("Spent");
    case CommissionEarned:
        return tr("Commission earned");
    case Orders:
        return tr("Orders");
    case Level1Members:
        return tr("Level 1");
    case Level2Members:
        return tr("Level 2");
    case Level3Members:
        return tr("Level 3");
    case Level1Revenue:
        return tr("Level 1 revenue");
    case Level2Revenue:
        return tr("Level 2 revenue");
    case Level3Revenue:
        return tr("Level 3 revenue");
    case CommissionPending:
        return tr("Pending");
    case CommissionConfirmed:
        return tr("Confirmed");
    case CommissionPaid:
        return tr("Paid out");
    case CommissionReversed:
        return tr("Reversed");
    case MemberId:
        return tr("Customer id");
    }
    return {};
}
