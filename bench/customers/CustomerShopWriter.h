#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class Database;

// Writes a synthetic two-year shop (Asia/Shanghai, 2024-12-01 to 2026-11-30) straight into a
// store, as a sync would have stored it, without the customer figures: `customers` customers
// (3 % registered before the first visit on record; 45 % of the others invited by an earlier
// customer, so chains of three levels and more occur), each with a visitor whose first session
// (anonymous, from a mix of channels) precedes the registration session (logged in, with the
// `register` event), 40 % with a later visit; the visitors' first sessions in visitor_lifecycle
// as the traffic derivation keeps them; `orders` orders over the two years (60 % of customers buy,
// a few of them often; 2 % guests) in every status, paid_at for the paid ones; the commissions
// the rates book up three levels (reversed for refunds). Rows go in as JSON texts of 20,000 rows
// (JsonRows) in one transaction.
class CustomerShopWriter
{
public:
    int customers = 100000;
    int orders = 1000000;
    quint32 seed = 20261130;

    static QDate firstDay() { return QDate(2024, 12, 1); }
    static QDate lastDay() { return QDate(2026, 11, 30); }

    struct Result
    {
        qint64 sessions = 0, events = 0, commissions = 0, invited = 0, deepest = 0;
    };
    bool write(Database &db, Result *result, QString *error);

    // A day's worth of new orders on the last day: `count` orders of about as many customers
    // (and their commissions). Their ids, to note as a page would.
    bool addOrders(Database &db, int count, QStringList *orderIds, QStringList *commissionIds,
                   int *customersTouched, QString *error);

private:
    struct Member
    {
        qint64 registeredAt = 0;
        int referrer = -1;
    };
    bool writeOrder(int number, int buyer, qint64 at, const QString &status, qint64 total,
                    QList<QVariantList> *orderRows, QList<QVariantList> *commissionRows,
                    QStringList *commissionIds);

    QList<Member> m_members;
    qint64 m_commissionNo = 0;
    int m_orderNo = 0;
};
