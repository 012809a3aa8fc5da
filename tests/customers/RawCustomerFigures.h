#pragma once

#include "core/ShopCalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

class CohortMatrixModel;
class Database;
class ReferralEconomyModel;

// The customers' figures, the cohorts and the referral economy recomputed straight from the raw
// records (customers, orders, commissions, sessions, events), for checking what
// customers/CustomerDerivation keeps and the models read. Written apart from the derivation and
// as plainly as possible: every row is read into memory once and the figures are counted in C++.
// It reads none of the derived tables (customer_stats, customer_periods, cohort_*,
// visitor_lifecycle); the sessions' channel and source are the traffic classifier's, stamped on
// every session at sync time.
//
// The definitions (CustomerDerivation.h says the same in words):
// - paid orders: status paid, shipped or completed, at COALESCE(paid_at, created_at); refunds:
//   status refunded; orders_seen: every order of the customer;
// - acquisition: the earliest session (started_at, then session id) of any visitor the customer
//   was logged in as (sessions.customer_id) or registered as (the session of their `register`
//   event); nothing when there is none or when they registered before the earliest session of
//   the store;
// - commissions: earned as beneficiary, and booked on the customer's orders; reversed ones
//   count in neither (commissions_seen counts every booking to the beneficiary);
// - inviter 1 is the referrer; inviter k+1 is inviter k's referrer, when inviter k is a stored
//   customer; an inviter's day, channel and source only when it is stored; invitees at level k:
//   the customers whose inviter k is this customer.
class RawCustomerFigures
{
public:
    struct Customer
    {
        QString id;
        QString name; // the nickname, else the id
        qint64 registeredAt = 0;
        int registeredDay = 0;
        QString referrer; // null: none
        QString channel, source;
        qint64 firstPaidAt = -1, lastPaidAt = -1; // -1: never paid
        int cohortMonth = 0, cohortWeek = 0;      // 0: never paid
        qint64 paidOrders = 0, spent = 0, refundedOrders = 0, refunded = 0, ordersSeen = 0;
        qint64 commissionsSeen = 0, commissionEarned = 0, commissionOnOrders = 0;
        qint64 invitees[3] = {0, 0, 0};
        QString inviter[3]; // null: none at that level
        // Of a stored inviter; invalid QVariant / null strings otherwise.
        QVariant inviterDay[3];
        QString inviterChannel[3], inviterSource[3];
        // (time, total) of every paid order
        QList<std::pair<qint64, qint64>> paid;
    };

    enum class Unit { Month = 1, Week = 7 };
    struct Cell
    {
        qint64 buyers = 0, revenue = 0;
    };
    struct Cohort
    {
        qint64 size = 0;
        QMap<int, Cell> periods; // by period offset
    };

    struct EconomyRow
    {
        QString channel, source;
        qint64 customers = 0, inviters = 0, invitees[3] = {0, 0, 0};
        qint64 ownRevenue = 0, inviteesRevenue = 0, commissions = 0;
    };

    // What load() reads: customers and orders always; commissions; sessions and register events
    // (acquisition, which also fills the inviters' channels).
    enum Part { Orders = 0, Commissions = 1, Acquisition = 2, Everything = 3 };
    // Reads the raw rows and computes every customer's figures (those of the parts read).
    bool load(Database &db, QString *error, int parts = Everything);

    const QHash<QString, Customer> &customers() const { return m_customers; }
    const ShopCalendar &calendar() const { return m_calendar; }

    // Cohorts by the month (key yyyymm) or the week (key: its Monday's yyyymmdd) of the first paid
    // order: size, and per period after it the customers who bought (in period 0: a second paid
    // order) and the revenue of the cohort's paid orders in that period (not cumulative).
    // `channel`: null for everyone, else the acquisition channel ("" first visit unknown).
    QMap<int, Cohort> cohorts(Unit unit, const QString &channel = QString()) const;
    // The periods begun on `today` of a cohort starting with the period of `cohortKey`.
    static int periodsBegun(Unit unit, int cohortKey, QDate today);

    // The referral economy of the customers registered in [from, to] (shop days), by channel and
    // source: invitees who did not register in the range are credited to their nearest inviter
    // (levels 1-3) who did.
    QList<EconomyRow> economy(QDate from, QDate to) const;

    // What differs from these figures, one readable line per difference (empty: all equal):
    // - every customer_stats row, column by column;
    // - a reloaded cohort matrix of `unit` and `channel` (as cohorts()), `cohortCount` cohorts up
    // to
    //   `today`'s: its rows, the
    //   sizes, and per period begun the repeat share and the cumulative revenue per customer
    //   (both measures: the model's measure is switched), the periods not begun empty;
    // - a reloaded referral economy of [from, to]: every row's figures.
    QStringList statsDifferences(Database &db) const;
    QStringList cohortDifferences(CohortMatrixModel &model, Unit unit, const QString &channel,
                                  QDate today, int cohortCount, int *cellsCompared = nullptr) const;
    QStringList economyDifferences(const ReferralEconomyModel &model, QDate from, QDate to) const;

private:
    ShopCalendar m_calendar;
    QHash<QString, Customer> m_customers;
};
