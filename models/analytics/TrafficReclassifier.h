#pragma once

#include "analytics/SessionDerivation.h"

#include <QString>
#include <functional>

class Database;
class LifecycleDerivation;
class TrafficTally;
class QSqlQuery;

// Re-derives the traffic analytics of every stored session in one transaction, in batches:
// after the merchant's rules change (classification only), at the end of a first sync whose
// pages left it (everything but the sessions' stamps), or for sessions stored before the traffic
// schema existed (everything). Runs on whichever thread owns `db`'s connection.
class TrafficReclassifier
{
public:
    // Called after each batch; return false to cancel (the transaction is rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit TrafficReclassifier(Database &db) : m_db(db) {}
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // New rules: classification, then the aggregates.
    bool reclassify(QString *error);
    // Everything: classification of sessions not stamped yet, per-session facts, first visits,
    // the loop, the aggregates.
    bool run(QString *error);
    // True when a first sync left the derivation to its end (markPending), when sessions exist
    // that were never classified (stored before this schema), or when the aggregates no longer
    // add up to the stored sessions (a full listing deleted some).
    static bool needsDerivation(const Database &db);
    // Notes, in the caller's transaction, that stored pages wait for run(); run() clears it.
    static bool markPending(Database &db, QString *error);
    static bool isPending(const Database &db, bool *pending, QString *error);

private:
    bool derive(bool everything, QString *error);
    bool process(bool everything, QString *error);
    // Classification only, a batch of sessions at a time (of those without a day only:
    // no progress is reported for them).
    bool classifySessions(qint64 total, bool unstampedOnly, QString *error);
    // Everything, a batch of visitors with all their sessions at a time; each session with its
    // facts goes into `tally`.
    bool deriveVisitors(qint64 total, LifecycleDerivation &lifecycle, TrafficTally *tally,
                        QString *error);
    bool progressed(qint64 done, qint64 total, QString *error);
    static bool readInputs(QSqlQuery &q, QList<SessionDerivation::SessionInput> *inputs,
                           QString *error);
    bool clearPending(QString *error);

    Database &m_db;
    Progress m_progress;
};
