#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"
#include "referrals/MemberStats.h"
#include "referrals/ReferralGraph.h"

#include <QAbstractItemModel>
#include <QSet>
#include <memory>
#include <vector>

class Database;

// Who invited whom (customers.referrer_id), as a lazily populated tree. The links and every
// member's figures are computed once per reload (ReferralGraph + MemberStats: two grouped
// queries and one pass over the links), so expanding a node costs O(its children) and never
// touches the store. Bad links cannot hang it: a self-referral or a referrer that does not exist
// makes a customer a root, and a cycle is cut at its smallest id, which becomes a root. Only
// customers who invited someone start a tree. Money columns honour the date range (orders and
// commissions by created_at); member counts do not.
class ReferralTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Customer,
        Registered,
        Invitees,
        TeamSize,
        Spent,            // own revenue: paid, shipped and completed orders
        CommissionEarned, // pending + confirmed + paid
        Orders,
        Level1Members,
        Level2Members,
        Level3Members,
        Level1Revenue,
        Level2Revenue,
        Level3Revenue,
        CommissionPending,
        CommissionConfirmed,
        CommissionPaid,
        CommissionReversed,
        MemberId, // the customer id (views may hide it; exports use it for the path)
        ColumnCount
    };

    explicit ReferralTreeModel(Database &db, QObject *parent = nullptr);
    ~ReferralTreeModel() override;

    // Everything the tree shows, computed in one pass. load() may run on any thread with its own
    // Database (see Database::clone()); apply() then costs only the first batch of roots, so a
    // pane can compute on a worker thread and open instantly.
    struct Loaded
    {
        ShopInfo shop;
        DateRange range;
        ReferralGraph graph;
        MemberStats stats;
    };
    static Loaded load(const Database &db, const DateRange &range);
    // Returns what was shown before, so a caller can free 100k members' worth off this thread.
    Loaded apply(Loaded loaded);

    void setDateRange(const DateRange &range); // reloads on this thread
    void reload();                             // load() + apply() on this thread
    DateRange dateRange() const { return m_range; }
    // Customers whose referrer link was ignored because it formed a cycle.
    QSet<QString> cycleCuts() const;
    qint64 rootCount() const { return qint64(m_graph.roots().size()); }
    QModelIndex indexOfLoaded(const QString &customerId) const;

    // Loads the nodes from the member's root down to it and returns its index (column 0), or an
    // invalid index when the member is unknown or not in the tree (no inviter and no invitees).
    QModelIndex reveal(const QString &customerId);
    // Ids from the root down to the member (the breadcrumb), empty when unknown.
    QStringList uplineIds(const QString &customerId) const;
    // Members whose id or nickname contains `text` (case-insensitive), at most `limit`.
    QStringList search(const QString &text, int limit = 50) const;
    QString nicknameOf(const QString &customerId) const;

    const ReferralGraph &graph() const { return m_graph; }
    const MemberStats &stats() const { return m_stats; }
    const ShopInfo &shop() const { return m_shop; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int member = ReferralGraph::kNone; // kNone for the invisible root
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        std::vector<int> order; // child members in display order, set when first fetched
        bool ordered = false;
    };

    const std::vector<int> &childMembersOf(const Node *node) const;
    void ensureOrder(Node *node) const;
    void fetchInto(Node *node, const QModelIndex &parentIndex, int count, bool announce = true);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    QVariant rawValue(int member, int column) const;
    QString displayValue(int member, int column) const;
    void resetTree();

    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    ReferralGraph m_graph;
    MemberStats m_stats;
    std::unique_ptr<Node> m_root;
    int m_sortColumn = -1; // -1: registration order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
