#pragma once

#include "customers/RfmThresholds.h"

#include <QCoreApplication>
#include <QString>

class Database;
class QSqlQuery;

// The RFM segments (recency of the last paid order, frequency of paid orders, money spent), as a
// SQL expression over customer_stats so that the Customers pane sorts, filters and counts them
// in the store, with the thresholds bound at query time (changing them needs no re-sync).
// The first rule that matches wins:
//   Champions       repeat buyer, ordered recently, spent at least the champion amount
//   Loyal           repeat buyer, not lapsed
//   New             fewer paid orders than a repeat buyer, recently
//   Needs attention fewer paid orders than a repeat buyer, neither recent nor lapsed
//   At risk         repeat buyer who has lapsed
//   Lost            fewer paid orders than a repeat buyer, lapsed
//   No purchase     no paid order yet
class RfmSegment
{
    Q_DECLARE_TR_FUNCTIONS(RfmSegment)
public:
    enum Segment { Champions, Loyal, New, NeedsAttention, AtRisk, Lost, NoPurchase, Count };

    // The segment number of a customer_stats row aliased `alias`; placeholders :rfm_recent,
    // :rfm_lapsed (epoch ms), :rfm_repeat and :rfm_spend.
    static QString sqlExpression(const QString &alias);
    // Binds the placeholders that `query`'s SQL uses; `nowMs` is the current time.
    static void bind(QSqlQuery &query, const RfmThresholds &thresholds, qint64 nowMs);

    static QString name(int segment);
    // What puts a customer in the segment, with the thresholds' values.
    static QString definition(int segment, const RfmThresholds &thresholds,
                              const QString &currency = QStringLiteral("CNY"));
    static QString key(int segment); // stable, for exports: "champions", "at_risk", ...
    // Customers per segment (Count entries), from customer_stats.
    static bool counts(const Database &db, const RfmThresholds &thresholds, qint64 nowMs,
                       QList<qint64> *out, QString *error);
};
