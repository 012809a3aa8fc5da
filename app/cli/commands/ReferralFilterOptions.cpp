#include "commands/ReferralFilterOptions.h"

#include "commands/ProductsExportSubject.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ReferralFilterOptions", s);
}
} // namespace

ReferralFilterOptions::ReferralFilterOptions()
    : m_status(QStringLiteral("status"),
               tr("Only bookings with this status (pending, confirmed, paid, reversed)."),
               tr("status")),
      m_level(QStringLiteral("level"), tr("Only bookings at this level (1 = the buyer's inviter)."),
              tr("level")),
      m_beneficiary(QStringLiteral("beneficiary"),
                    tr("Only bookings credited to this customer id."), tr("id")),
      m_from(QStringLiteral("from"), tr("First day (yyyy-MM-dd, shop time)."), tr("date")),
      m_to(QStringLiteral("to"), tr("Last day (yyyy-MM-dd, shop time)."), tr("date"))
{}

void ReferralFilterOptions::addRangeTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_from, m_to});
}

void ReferralFilterOptions::addLedgerTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_status, m_level, m_beneficiary, m_from, m_to});
}

bool ReferralFilterOptions::readRange(const QCommandLineParser &parser, DateRange *range,
                                      QString *error) const
{
    return ProductsExportSubject::dateRange(parser, m_from, m_to, range, error);
}

bool ReferralFilterOptions::read(const QCommandLineParser &parser, Values *values,
                                 QString *error) const
{
    if (!ProductsExportSubject::dateRange(parser, m_from, m_to, &values->range, error))
        return false;
    const QStringList statuses{QStringLiteral("pending"), QStringLiteral("confirmed"),
                               QStringLiteral("paid"), QStringLiteral("reversed")};
    if (parser.isSet(m_status)) {
        values->status = parser.value(m_status);
        if (!statuses.contains(values->status)) {
            *error = tr("--status takes one of %1.").arg(statuses.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(m_level)) {
        bool ok = false;
        values->level = parser.value(m_level).toInt(&ok);
        if (!ok || values->level < 1) {
            *error = tr("--level takes a whole number from 1.");
            return false;
        }
    }
    if (parser.isSet(m_beneficiary))
        values->beneficiary = parser.value(m_beneficiary);
    return true;
}
