#pragma once

#include "itemmodels/ShopInfo.h"
#include "itemmodels/TrafficFilter.h"
#include "itemmodels/TrafficMeasures.h"

#include <QAbstractTableModel>

class Database;

// A flat table over the daily aggregates: either the sources of one channel (the WeChat
// breakdown: group, Moments, chat, articles, in-app) or the search keywords of the search
// channels (the SEO table: keyword, engine; read from the keyword spans, see
// analytics/KeywordSpans). Rows sorted by sessions.
class TrafficBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { SourcesOfChannel, SearchKeywords };
    enum Column {
        Name,
        Source,
        FirstMeasure,
        ColumnCount = FirstMeasure + int(TrafficMeasures::Count)
    };

    TrafficBreakdownModel(Database &db, Kind kind, QObject *parent = nullptr);

    // SourcesOfChannel: the channel (the filter's channel is ignored).
    void setChannel(const QString &channel) { m_channel = channel; }
    void setFilter(const TrafficFilter &filter);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString source;
        TrafficMeasures measures;
    };

    Database &m_db;
    Kind m_kind;
    QString m_channel;
    ShopInfo m_shop;
    TrafficFilter m_filter;
    QList<Row> m_rows;
};
