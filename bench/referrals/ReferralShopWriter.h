#pragma once

#include <QString>
#include <QtGlobal>

class Database;

// Writes a synthetic referral shop straight into a store: `members` customers in random
// recursive trees (each picks an inviter among earlier members less than `maxDepth` deep;
// 5 % start a tree; every 50th is invited by c_1, a wide node), `orders` orders over them in every
// status, and the commissions the rules book for them, with `mistakes` deliberately wrong bookings
// (amount off by one fen).
struct ReferralShopWriter
{
    int members = 100000;
    int orders = 100000;
    int maxDepth = 12;
    int mistakes = 10;
    quint32 seed = 42;

    struct Result
    {
        qint64 commissions = 0;
        int deepestDepth = 0;
        QString deepestMember;
        QString busiestInviter;
        int busiestInvitees = 0;
        int planted = 0; // wrong bookings actually written
    };
    bool write(Database &db, Result *result, QString *error) const;
};
