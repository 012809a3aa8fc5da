#include "referrals/ReferralAnomaly.h"

QString ReferralAnomaly::key(Kind kind)
{
    switch (kind) {
    case Kind::SelfReferral:
        return QStringLiteral("self_referral");
    case Kind::Cycle:
        return QStringLiteral("cycle");
    case Kind::DanglingInviter:
        return QStringLiteral("dangling_inviter");
    case Kind::DeepChain:
        return QStringLiteral("deep_chain");
    case Kind::RegistrationBurst:
        return QStringLiteral("registration_burst");
    }
    return {};
}

QString ReferralAnomaly::title(Kind kind)
{
    switch (kind) {
    case Kind::SelfReferral:
        return tr("Self-referral");
    case Kind::Cycle:
        return tr("Referral cycle");
    case Kind::DanglingInviter:
        return tr("Inviter does not exist");
    case Kind::DeepChain:
        return tr("Chains deeper than the paid levels");
    case Kind::RegistrationBurst:
        return tr("Registration burst");
    }
    return {};
}

QString ReferralAnomaly::describe() const
{
    switch (kind) {
    case Kind::SelfReferral:
        return tr("%1 names itself as its inviter.").arg(memberIds.value(0));
    case Kind::Cycle:
        return tr("%1 invite each other in a loop of %2.")
            .arg(memberIds.join(QStringLiteral(" → ")))
            .arg(count);
    case Kind::DanglingInviter:
        return tr("%1 names %2 as inviter, who does not exist.").arg(memberIds.value(0), inviterId);
    case Kind::DeepChain:
        return tr("%n member(s) sit deeper than the paid levels; the deepest chain is %1.", nullptr,
                  count)
            .arg(memberIds.join(QStringLiteral(" → ")));
    case Kind::RegistrationBurst:
        return tr("%1 invited %2 members on %3.")
            .arg(inviterId)
            .arg(count)
            .arg(day.toString(Qt::ISODate));
    }
    return {};
}
