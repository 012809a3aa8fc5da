#include "commands/ShipCommand.h"

#include "outbox/EditRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ShipCommand", s);
}
} // namespace

ShipCommand::ShipCommand()
    : m_carrier(QStringLiteral("carrier"), tr("The carrier, such as SF."), tr("name")),
      m_tracking(QStringLiteral("tracking"), tr("The tracking number."), tr("number"))
{}

QString ShipCommand::description() const
{
    return tr("Ship a paid order with a carrier and tracking number, and push it.");
}

void ShipCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_carrier);
    parser.addOption(m_tracking);
}

bool ShipCommand::fields(const QCommandLineParser &parser, CliIo &io, QJsonObject *out) const
{
    if (parser.value(m_carrier).trimmed().isEmpty() ||
        parser.value(m_tracking).trimmed().isEmpty()) {
        io.err << tr("ship needs --carrier and --tracking.") << Qt::endl;
        return false;
    }
    *out = EditRules::shipFields(parser.value(m_carrier), parser.value(m_tracking));
    return true;
}
