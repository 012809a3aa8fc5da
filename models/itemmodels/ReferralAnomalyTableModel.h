#pragma once

#include "referrals/ReferralAnomaly.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The referral anomalies as a table, one anomaly a row, with the members involved.
class ReferralAnomalyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Inviter, Day, Count, Members, Description, ColumnCount };

    explicit ReferralAnomalyTableModel(QObject *parent = nullptr);

    // Finds the anomalies of the store's links; burstThreshold <= 0 takes the QSettings value.
    void runFinder(Database &db, int burstThreshold = 0);
    void setAnomalies(const QList<ReferralAnomaly> &anomalies);
    const QList<ReferralAnomaly> &anomalies() const { return m_anomalies; }
    int errorCount() const; // all but the counted deep chains

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReferralAnomaly> m_anomalies;
};
