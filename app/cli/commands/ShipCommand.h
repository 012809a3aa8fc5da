#pragma once

#include "commands/OrderEditCommand.h"

#include <QCommandLineOption>

// yutang-cli ship ORDER_NUMBER --carrier C --tracking T: a paid order becomes shipped.
class ShipCommand : public OrderEditCommand
{
public:
    ShipCommand();
    QString name() const override { return QStringLiteral("ship"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    bool fields(const QCommandLineParser &parser, CliIo &io, QJsonObject *out) const override;

private:
    const QCommandLineOption m_carrier, m_tracking;
};
