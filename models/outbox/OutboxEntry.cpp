#include "outbox/OutboxEntry.h"

#include <QCoreApplication>

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

QString OutboxEntry::stateDisplay(State state)
{
    switch (state) {
    case State::Pending:
        return QCoreApplication::translate("OutboxEntry", "Pending");
    case State::Sending:
        return QCoreApplication::translate("OutboxEntry", "Sending");
    case State::Failed:
        return QCoreApplication::translate("OutboxEntry", "Failed");
    case State::Rejected:
        return QCoreApplication::translate("OutboxEntry", "Rejected");
    case State::Conflict:
        return QCoreApplication::translate("OutboxEntry", "Conflict");
    }
    return {};
}

bool OutboxEntry::stateFromInt(int value, State *state)
{
    if (value < int(State::Pending) || value > int(State::Conflict))
        return false;
    *state = State(value);
    return true;
}
