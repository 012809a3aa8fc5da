#pragma once

#include "itemmodels/TrafficFilter.h"

#include <QAbstractTableModel>
#include <QDateTime>

class Database;

// One row per shop day of the filter's range: sessions per channel (the stacked chart), all
// sessions, sessions that purchased, and the shop funnel's conversion (purchased ÷ sessions, the
// funnels pane's daily line). From traffic_daily only. The shop's today (ShopCalendar::now()) is
// flagged partial (isPartial(), ItemRoles::PartialRole): its figures are the day so far.
class TrafficDailyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TrafficDailyModel(Database &db, QObject *parent = nullptr);

    void setFilter(const TrafficFilter &filter);
    void reload();

    static int channelCount();
    // Column of a channel (TrafficSource::channels() order), or -1.
    static int channelColumn(const QString &channel);
    int sessionsColumn() const { return 1 + channelCount(); }
    int purchasedColumn() const { return 2 + channelCount(); }
    int conversionColumn() const { return 3 + channelCount(); }

    QDate dayOf(int row) const;
    bool isPartial(int row) const
    {
        return m_partialUntil.isValid() && dayOf(row) == m_partialUntil.date();
    }
    // The shop time today's row runs to; invalid when today is not in the range.
    QDateTime partialUntil() const { return m_partialUntil; }
    qint64 sessions(int row, const QString &channel = {}) const;
    qint64 purchased(int row) const;
    double conversion(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct DayRow
    {
        QDate day;
        QList<qint64> perChannel;
        qint64 sessions = 0;
        qint64 purchased = 0;
    };

    Database &m_db;
    TrafficFilter m_filter;
    QDateTime m_partialUntil;
    QList<DayRow> m_rows;
};
