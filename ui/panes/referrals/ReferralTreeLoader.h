#pragma once

#include "itemmodels/DateRange.h"

#include <QObject>

class Database;
class ReferralTreeModel;

// Fills the referral tree model without blocking the window: a big store's links and per-member
// figures (a second or so at 100k members) are computed on a worker thread with its own store
// connection and applied in one O(first batch) step. Small stores load at once, on this thread.
class ReferralTreeLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBackgroundFrom = 20000; // customers

    ReferralTreeLoader(Database &db, ReferralTreeModel *model, QObject *parent = nullptr);
    void load(const DateRange &range);
    bool isLoading() const { return m_running > 0; }

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    Database &m_db;
    ReferralTreeModel *m_model;
    int m_generation = 0;
    int m_running = 0;
};
