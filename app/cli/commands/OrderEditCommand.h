#pragma once

#include "commands/Command.h"

#include <QJsonObject>

class QCommandLineParser;

// Base of the verbs that change an order given by its number (ship, cancel, complete): queue the
// change in the outbox, then push (see OutboxPushFlow for exit codes).
class OrderEditCommand : public Command
{
public:
    int execute(const QStringList &arguments, CliIo &io) override;

protected:
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    // The PATCH fields; false (after printing why) for unusable options.
    virtual bool fields(const QCommandLineParser &parser, CliIo &io, QJsonObject *out) const = 0;
};

// yutang-cli cancel ORDER_NUMBER / complete ORDER_NUMBER: the transitions the contract allows
// without more data (pending/paid → cancelled, shipped → completed).
class OrderStatusCommand : public OrderEditCommand
{
public:
    OrderStatusCommand(QString verb, QString targetStatus)
        : m_verb(std::move(verb)), m_target(std::move(targetStatus))
    {}
    QString name() const override { return m_verb; }
    QString description() const override;

protected:
    bool fields(const QCommandLineParser &parser, CliIo &io, QJsonObject *out) const override;

private:
    QString m_verb, m_target;
};
