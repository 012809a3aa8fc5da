#pragma once

#include "itemmodels/ShopInfo.h"
#include "itemmodels/TrafficFilter.h"
#include "itemmodels/TrafficMeasures.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

class Database;
class QSqlQuery;

// Channel → source → search keyword, with the traffic measures over the filter's days, from the
// daily aggregate tables and the keyword spans (never the raw sessions). Channels and sources
// sorted by sessions.
class TrafficSourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, FirstMeasure, ColumnCount = FirstMeasure + int(TrafficMeasures::Count) };
    enum class Level { Channel, Source, Keyword };
    // Keywords shown per source, most sessions first (the SEO table lists them all). They are
    // loaded when a source is expanded (fetchMore), so a new range costs only channels and sources.
    static constexpr int kKeywordsPerSource = 50;

    explicit TrafficSourceTreeModel(Database &db, QObject *parent = nullptr);
    ~TrafficSourceTreeModel() override;

    void setFilter(const TrafficFilter &filter);
    TrafficFilter filter() const { return m_filter; }
    void reload();

    TrafficMeasures totals() const { return m_totals; }
    // Channel rows' ids and measures (for the share chart).
    QList<QPair<QString, TrafficMeasures>> channelTotals() const;
    // The id (channel, source or keyword) and level of an index.
    QString idOf(const QModelIndex &index) const;
    Level levelOf(const QModelIndex &index) const;
    QModelIndex findChannel(const QString &channel) const;

    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        Level level = Level::Channel;
        QString id;
        TrafficMeasures measures;
        bool fetched = false; // sources: keywords loaded
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeOf(const QModelIndex &index) const;
    QString displayName(const Node &node) const;
    static void sortChildren(Node &node);
    QString rangeCondition() const;
    void bindRange(QSqlQuery &q) const;

    Database &m_db;
    ShopInfo m_shop;
    TrafficFilter m_filter;
    Node m_root;
    TrafficMeasures m_totals;
};
