#include "referrals/AuditFinding.h"

#include "core/Money.h"

QList<AuditFinding::Kind> AuditFinding::kinds()
{
    return {Kind::MissingBooking,    Kind::WrongAmount,           Kind::WrongBeneficiary,
            Kind::LevelBeyondPaid,   Kind::NotReversed,           Kind::GhostOrder,
            Kind::UnexpectedBooking, Kind::ReversedWithoutRefund, Kind::DuplicateBooking};
}

QString AuditFinding::key(Kind kind)
{
    switch (kind) {
    case Kind::MissingBooking:
        return QStringLiteral("missing_booking");
    case Kind::WrongAmount:
        return QStringLiteral("wrong_amount");
    case Kind::WrongBeneficiary:
        return QStringLiteral("wrong_beneficiary");
    case Kind::LevelBeyondPaid:
        return QStringLiteral("level_beyond_paid");
    case Kind::NotReversed:
        return QStringLiteral("not_reversed");
    case Kind::GhostOrder:
        return QStringLiteral("ghost_order");
    case Kind::UnexpectedBooking:
        return QStringLiteral("unexpected_booking");
    case Kind::ReversedWithoutRefund:
        return QStringLiteral("reversed_without_refund");
    case Kind::DuplicateBooking:
        return QStringLiteral("duplicate_booking");
    }
    return {};
}

QString AuditFinding::title(Kind kind)
{
    switch (kind) {
    case Kind::MissingBooking:
        return tr("Missing booking");
    case Kind::WrongAmount:
        return tr("Wrong amount");
    case Kind::WrongBeneficiary:
        return tr("Wrong beneficiary");
    case Kind::LevelBeyondPaid:
        return tr("Level beyond the paid levels");
    case Kind::NotReversed:
        return tr("Not reversed after refund");
    case Kind::GhostOrder:
        return tr("Order does not exist");
    case Kind::UnexpectedBooking:
        return tr("Booking not due");
    case Kind::ReversedWithoutRefund:
        return tr("Reversed without refund");
    case Kind::DuplicateBooking:
        return tr("Duplicate booking");
    }
    return {};
}

QString AuditFinding::describe() const
{
    switch (kind) {
    case Kind::MissingBooking:
        return tr("Order %1: level %2 commission of %3 for %4 was never booked.")
            .arg(orderId)
            .arg(level)
            .arg(Money::toDecimal(expectedAmount), expectedBeneficiaryId);
    case Kind::WrongAmount:
        return tr("Order %1: level %2 booking %3 for %4 is %5, should be %6.")
            .arg(orderId)
            .arg(level)
            .arg(commissionId, beneficiaryId, Money::toDecimal(bookedAmount),
                 Money::toDecimal(expectedAmount));
    case Kind::WrongBeneficiary:
        return tr("Order %1: level %2 booking %3 credits %4, should credit %5.")
            .arg(orderId)
            .arg(level)
            .arg(commissionId, beneficiaryId, expectedBeneficiaryId);
    case Kind::LevelBeyondPaid:
        return tr("Order %1: booking %2 for %3 is at level %4, beyond the paid levels.")
            .arg(orderId, commissionId, beneficiaryId)
            .arg(level);
    case Kind::NotReversed:
        return tr("Order %1 was refunded but booking %2 for %3 is still %4.")
            .arg(orderId, commissionId, beneficiaryId, bookedStatus);
    case Kind::GhostOrder:
        return tr("Booking %1 for %2 refers to order %3, which does not exist.")
            .arg(commissionId, beneficiaryId, orderId);
    case Kind::UnexpectedBooking:
        return tr("Order %1 (%2): booking %3 for %4 at level %5 is not due.")
            .arg(orderId, orderStatus, commissionId, beneficiaryId)
            .arg(level);
    case Kind::ReversedWithoutRefund:
        return tr("Order %1 is %2 but booking %3 for %4 was reversed.")
            .arg(orderId, orderStatus, commissionId, beneficiaryId);
    case Kind::DuplicateBooking:
        return tr("Order %1: booking %2 for %3 repeats level %4.")
            .arg(orderId, commissionId, beneficiaryId)
            .arg(level);
    }
    return {};
}
