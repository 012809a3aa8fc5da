#pragma once

#include <QCoreApplication>
#include <QString>

// One difference between what the site booked and what the referral rules say it should have.
// Every finding names the order and the members by id; amounts are in fen.
struct AuditFinding
{
    Q_DECLARE_TR_FUNCTIONS(AuditFinding)
public:
    enum class Kind {
        MissingBooking,    // an inviter in the chain got no booking for a paid or refunded order
        WrongAmount,       // booked ≠ floor(total × rate / 10000)
        WrongBeneficiary,  // the booking names someone else than the inviter at that level
        LevelBeyondPaid,   // level outside 1..len(rates_bp)
        NotReversed,       // the order was refunded and the booking is not `reversed`
        GhostOrder,        // the booking's order does not exist
        UnexpectedBooking, // no booking is due: order pending/cancelled, or no inviter at that
                           // level
        ReversedWithoutRefund, // a live order's booking was reversed
        DuplicateBooking,      // a second live booking for the same order and level
    };

    Kind kind = Kind::MissingBooking;
    QString orderId;
    QString commissionId;          // empty for a missing booking
    QString buyerId;               // the order's customer (empty for a ghost order)
    QString beneficiaryId;         // who the site credited (empty for a missing booking)
    QString expectedBeneficiaryId; // who the rules credit (empty when nobody is due)
    int level = 0;
    qint64 bookedAmount = 0;
    qint64 expectedAmount = 0;
    QString bookedStatus;
    QString orderStatus;

    static QString key(Kind kind);   // stable snake_case name for scripts and exports
    static QString title(Kind kind); // translated
    static QList<Kind> kinds();
    QString describe() const; // one translated sentence
};
