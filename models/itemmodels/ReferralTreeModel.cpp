#include "itemmodels/ReferralTreeModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

namespace {
constexpr int kRootBatch = 200;
}

ReferralTreeModel::ReferralTreeModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent), m_db(db), m_root(std::make_unique<Node>())
{
}

ReferralTreeModel::~ReferralTreeModel() = default;

void ReferralTreeModel::setDateRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

void ReferralTreeModel::buildLinks()
{
    QHash<QString, QString> referrerOf;
    QHash<QString, qint64> registered;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, referrer_id, registered_at FROM customers"))) {
        while (q.next()) {
            referrerOf.insert(q.value(0).toString(), q.value(1).toString());
            registered.insert(q.value(0).toString(), q.value(2).toLongLong());
        }
    }
    auto validReferrer = [&](const QString &id) {
        const QString ref = referrerOf.value(id);
        return !ref.isEmpty() && ref != id && referrerOf.contains(ref) && !m_cycleCuts.contains(id);
    };
    // Find cycles: walk up from every customer; a walk that meets its own path found a loop.
    QHash<QString, int> state; // 1 = on the current path, 2 = finished
    for (auto it = referrerOf.cbegin(); it != referrerOf.cend(); ++it) {
        QStringList path;
        QString at = it.key();
        while (!at.isEmpty() && state.value(at) == 0) {
            state.insert(at, 1);
            path.append(at);
            at = validReferrer(at) ? referrerOf.value(at) : QString();
        }
        if (!at.isEmpty() && state.value(at) == 1) {
            const QStringList loop = path.mid(path.indexOf(at));
            m_cycleCuts.insert(*std::min_element(loop.cbegin(), loop.cend()));
        }
        for (const QString &id : std::as_const(path))
            state.insert(id, 2);
    }
    for (auto it = referrerOf.cbegin(); it != referrerOf.cend(); ++it) {
        if (validReferrer(it.key()))
            m_childIds[it.value()].append(it.key());
    }
    auto byRegistration = [&](const QString &a, const QString &b) {
        const qint64 ra = registered.value(a), rb = registered.value(b);
        return ra != rb ? ra < rb : a < b;
    };
    for (auto it = m_childIds.begin(); it != m_childIds.end(); ++it) {
        std::sort(it->begin(), it->end(), byRegistration);
        if (!validReferrer(it.key()) && referrerOf.contains(it.key()))
            m_rootIds.append(it.key());
    }
    std::sort(m_rootIds.begin(), m_rootIds.end(), byRegistration);
}

void ReferralTreeModel::reload()
{
    beginResetModel();
    m_shop = ShopInfo::load(m_db);
    m_root = std::make_unique<Node>();
    m_rootIds.clear();
    m_childIds.clear();
    m_cycleCuts.clear();
    m_teamSizes.clear();
    buildLinks();
    loadChildren(m_root.get(), kRootBatch);
    endResetModel();
}

const QStringList &ReferralTreeModel::childIdsOf(const Node *node) const
{
    static const QStringList none;
    if (node == m_root.get())
        return m_rootIds;
    const auto it = m_childIds.constFind(node->id);
    return it == m_childIds.cend() ? none : *it;
}

void ReferralTreeModel::loadChildren(Node *node, int count)
{
    const QStringList &ids = childIdsOf(node);
    const QStringList batch = ids.mid(node->fetched, count);
    if (batch.isEmpty())
        return;
    const ShopCalendar calendar = m_shop.calendar();
    const qint64 from = m_range.isValid() ? m_range.startMs(calendar) : 0;
    const qint64 to = m_range.isValid() ? m_range.endMs(calendar) : std::numeric_limits<qint64>::max();
    QStringList marks;
    for (qsizetype i = 0; i < batch.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.nickname, c.registered_at, "
                  "(SELECT COALESCE(SUM(o.total), 0) FROM orders o WHERE o.customer_id = c.id "
                  " AND o.status IN ('paid', 'shipped', 'completed') AND o.created_at >= ? AND o.created_at < ?), "
                  "(SELECT COALESCE(SUM(m.amount), 0) FROM commissions m WHERE m.beneficiary_id = c.id "
                  " AND m.status <> 'reversed' AND m.created_at >= ? AND m.created_at < ?) "
                  "FROM customers c WHERE c.id IN (%1)")
                  .arg(marks.join(QStringLiteral(", "))));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(from);
        q.addBindValue(to);
    }
    for (const QString &id : batch)
        q.addBindValue(id);
    std::unordered_map<QString, std::unique_ptr<Node>> loaded;
    if (q.exec()) {
        while (q.next()) {
            auto child = std::make_unique<Node>();
            child->id = q.value(0).toString();
            child->nickname = q.value(1).toString();
            child->registeredAt = q.value(2).toLongLong();
            child->spent = q.value(3).toLongLong();
            child->earned = q.value(4).toLongLong();
            const QString key = child->id;
            loaded.emplace(key, std::move(child));
        }
    }
    for (const QString &id : batch) {
        auto it = loaded.find(id);
        if (it == loaded.end())
            continue;
        std::unique_ptr<Node> child = std::move(it->second);
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    node->fetched += int(batch.size());
}

ReferralTreeModel::Node *ReferralTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int ReferralTreeModel::teamSize(const QString &id) const
{
    const auto cached = m_teamSizes.constFind(id);
    if (cached != m_teamSizes.cend())
        return *cached;
    // Iterative: trees can be deep. Links were de-cycled in buildLinks(), so this terminates.
    int total = 0;
    QStringList stack = m_childIds.value(id);
    while (!stack.isEmpty()) {
        const QString next = stack.takeLast();
        ++total;
        stack.append(m_childIds.value(next));
    }
    m_teamSizes.insert(id, total);
    return total;
}

QModelIndex ReferralTreeModel::indexOfLoaded(const QString &customerId) const
{
    QList<const Node *> stack{m_root.get()};
    while (!stack.isEmpty()) {
        const Node *node = stack.takeLast();
        for (const auto &child : node->children) {
            if (child->id == customerId)
                return createIndex(child->row, 0, child.get());
            stack.append(child.get());
        }
    }
    return {};
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
    Node *node = nodeOf(child);
    Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
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
    const Node *node = nodeOf(parent);
    return !node->children.empty() || !childIdsOf(node).isEmpty();
}

bool ReferralTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->fetched < childIdsOf(node).size();
}

void ReferralTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeOf(parent);
    const int before = int(node->children.size());
    const int wanted = node == m_root.get() ? kRootBatch : int(childIdsOf(node).size());
    // Load into a scratch node first so that the insert signals announce exactly what arrives.
    Node scratch;
    scratch.id = node->id;
    scratch.fetched = node->fetched;
    if (node == m_root.get()) {
        std::swap(scratch.children, node->children);
        loadChildren(node, wanted);
        std::swap(scratch.children, node->children);
        scratch.fetched = node->fetched;
    } else {
        loadChildren(&scratch, wanted);
        node->fetched = scratch.fetched;
    }
    if (scratch.children.empty())
        return;
    beginInsertRows(parent, before, before + int(scratch.children.size()) - 1);
    for (auto &child : scratch.children) {
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

QVariant ReferralTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (role == ItemRoles::RecordIdRole)
        return node->id;
    if (role == ItemRoles::RawValueRole) {
        switch (index.column()) {
        case Customer:
            return node->nickname.isEmpty() ? node->id : node->nickname;
        case Registered:
            return node->registeredAt;
        case Invitees:
            return int(childIdsOf(node).size());
        case TeamSize:
            return teamSize(node->id);
        case Spent:
            return node->spent;
        case CommissionEarned:
            return node->earned;
        }
    } else if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Customer:
            return node->nickname.isEmpty() ? node->id : node->nickname;
        case Registered:
            return m_shop.calendar().toShopTime(node->registeredAt).date().toString(Qt::ISODate);
        case Invitees:
            return locale.toString(childIdsOf(node).size());
        case TeamSize:
            return locale.toString(teamSize(node->id));
        case Spent:
            return Money::display(node->spent, m_shop.currency);
        case CommissionEarned:
            return Money::display(node->earned, m_shop.currency);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Customer) {
        if (m_cycleCuts.contains(node->id))
            return tr("%1 — its referrer link forms a cycle and is ignored").arg(node->id);
        return node->id;
    } else if (role == Qt::TextAlignmentRole && index.column() >= Invitees) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReferralTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
    }
    return {};
}
