#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class Database;

// Who invited whom (customers.referrer_id), as a tree whose rows are read from the store lazily:
// a node's details are loaded when its parent is expanded. The link structure (ids only) is read
// once per reload so that bad data cannot hang the view: a self-referral or a referrer that does
// not exist makes a customer a root, and a cycle (A invited B invited A) is cut at its smallest
// id, which becomes a root. Only customers who invited someone start a tree.
class ReferralTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Customer, Registered, Invitees, TeamSize, Spent, CommissionEarned, ColumnCount };

    explicit ReferralTreeModel(Database &db, QObject *parent = nullptr);
    ~ReferralTreeModel() override;

    void setDateRange(const DateRange &range);
    void reload();
    // Customers whose referrer link was ignored because it formed a cycle.
    QSet<QString> cycleCuts() const { return m_cycleCuts; }
    qint64 rootCount() const { return qint64(m_rootIds.size()); }
    QModelIndex indexOfLoaded(const QString &customerId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString id;
        QString nickname;
        qint64 registeredAt = 0;
        qint64 spent = 0;
        qint64 earned = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        int fetched = 0; // how many of the child ids have been loaded
    };

    void buildLinks();
    const QStringList &childIdsOf(const Node *node) const;
    void loadChildren(Node *node, int count);
    Node *nodeOf(const QModelIndex &index) const;
    int teamSize(const QString &id) const;

    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    std::unique_ptr<Node> m_root;
    QStringList m_rootIds;
    QHash<QString, QStringList> m_childIds;
    QSet<QString> m_cycleCuts;
    mutable QHash<QString, int> m_teamSizes;
};
