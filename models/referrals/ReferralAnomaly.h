#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// Something odd in the referral links, with the members involved (by id).
struct ReferralAnomaly
{
    Q_DECLARE_TR_FUNCTIONS(ReferralAnomaly)
public:
    enum class Kind {
        SelfReferral,      // referrer_id is the member itself
        Cycle,             // A invited B invited … invited A
        DanglingInviter,   // referrer_id names a customer that does not exist
        DeepChain,         // members more levels below their root than levels are paid (counted)
        RegistrationBurst, // more registrations under one inviter in one shop day than the
                           // threshold
    };

    Kind kind = Kind::SelfReferral;
    QStringList memberIds; // cycle: in link order; deep chain: root … deepest; burst: the invitees
    QString inviterId;     // dangling: the missing id; burst: the inviter
    QDate day;             // burst: the shop-local day
    int count = 0;         // cycle length, deep-chain members, burst registrations

    bool isError() const { return kind != Kind::DeepChain; }
    static QString key(Kind kind);   // stable snake_case name
    static QString title(Kind kind); // translated
    QString describe() const;        // one translated sentence
};
