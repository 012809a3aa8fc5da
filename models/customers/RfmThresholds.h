#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Where the RFM segments (RfmSegment) draw their lines: how recent a "recent" last paid order is,
// when a customer has lapsed, how many paid orders make a repeat buyer and what a champion spends.
// Kept in the store (meta "rfm_thresholds"), so a team sharing a store sees the same segments.
struct RfmThresholds
{
    Q_DECLARE_TR_FUNCTIONS(RfmThresholds)
public:
    int recentDays = 30;
    int lapsedDays = 90;
    int repeatOrders = 2;
    qint64 championSpend = 100000; // fen: ¥1,000

    bool isValid() const
    {
        return recentDays > 0 && lapsedDays > recentDays && repeatOrders >= 2 && championSpend >= 0;
    }
    // Why isValid() is false, for the user.
    QString problem() const;

    static RfmThresholds load(const Database &db);
    bool save(Database &db) const;

    bool operator==(const RfmThresholds &other) const = default;
};
