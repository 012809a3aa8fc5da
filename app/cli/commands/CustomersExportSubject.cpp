#include "commands/CustomersExportSubject.h"

#include "analytics/TrafficSource.h"
#include "commands/ProductsExportSubject.h"
#include "customers/CustomerDerivation.h"
#include "customers/RfmSegment.h"
#include "itemmodels/CohortMatrixModel.h"
#include "itemmodels/CustomerTableModel.h"
#include "itemmodels/ReferralEconomyModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("CustomersExportSubject", s);
}
} // namespace

CustomersExportSubject::CustomersExportSubject(Kind kind)
    : m_kind(kind),
      m_channel(QStringLiteral("channel"),
                tr("Only customers acquired through this channel (\"-\": first visit not on "
                   "record)."),
                tr("channel")),
      m_segment(QStringLiteral("segment"),
                tr("Only this RFM segment (champions, loyal, new, "
                   "needs_attention, at_risk, lost, no_purchase)."),
                tr("segment")),
      m_purchases(QStringLiteral("purchases"),
                  tr("Only customers who bought (\"bought\"), did not (\"none\") or bought again "
                     "(\"repeat\")."),
                  tr("which")),
      m_inviter(QStringLiteral("inviter"), tr("Only customers this customer invited (id)."),
                tr("id")),
      m_search(QStringLiteral("search"), tr("Only customers whose name or id contains this."),
               tr("text")),
      m_unit(QStringLiteral("unit"), tr("Cohorts by \"month\" (default) or \"week\"."), tr("unit")),
      m_cohorts(QStringLiteral("cohorts"),
                tr("How many cohorts, counting back from this one "
                   "(default 12)."),
                tr("count")),
      m_measure(QStringLiteral("measure"),
                tr("\"repeat\" (default): share who bought again per period; \"revenue\": "
                   "revenue per customer, cumulative."),
                tr("measure")),
      m_from(QStringLiteral("from"), tr("First registration day (yyyy-MM-dd, shop time)."),
             tr("date")),
      m_to(QStringLiteral("to"), tr("Last registration day (yyyy-MM-dd, shop time)."), tr("date"))
{}

QString CustomersExportSubject::name() const
{
    switch (m_kind) {
    case Kind::Customers:
        return QStringLiteral("customers");
    case Kind::Cohorts:
        return QStringLiteral("cohorts");
    case Kind::ReferralEconomy:
        return QStringLiteral("referral-economy");
    }
    return {};
}

QString CustomersExportSubject::description() const
{
    switch (m_kind) {
    case Kind::Customers:
        return tr("customers with orders, spending, acquisition, invitees, commissions and RFM "
                  "segment");
    case Kind::Cohorts:
        return tr("the cohort matrix by first paid month or week (--unit, --measure)");
    case Kind::ReferralEconomy:
        return tr("the referral economy per acquisition channel and source (--from, --to)");
    }
    return {};
}

void CustomersExportSubject::addOptions(QCommandLineParser &parser)
{
    switch (m_kind) {
    case Kind::Customers:
        parser.addOptions({m_channel, m_segment, m_purchases, m_inviter, m_search});
        break;
    case Kind::Cohorts:
        parser.addOptions({m_channel, m_unit, m_cohorts, m_measure});
        break;
    case Kind::ReferralEconomy:
        parser.addOptions({m_from, m_to});
        break;
    }
}

bool CustomersExportSubject::channelFrom(const QCommandLineParser &parser, QString *channel,
                                         QString *error) const
{
    *channel = parser.value(m_channel);
    if (channel->isEmpty() || *channel == QLatin1String("-") || TrafficSource::isChannel(*channel))
        return true;
    *error = tr("Unknown channel %1; one of: %2, or \"-\".")
                 .arg(*channel, TrafficSource::channels().join(QStringLiteral(", ")));
    return false;
}

bool CustomersExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                      TableSnapshot *out, QString *error)
{
    QString failure;
    if (!CustomerDerivation::bringUpToDate(db, &failure)) {
        *error = tr("The customers' figures could not be brought up to date: %1").arg(failure);
        return false;
    }
    switch (m_kind) {
    case Kind::Customers:
        return customers(db, parser, out, error);
    case Kind::Cohorts:
        return cohorts(db, parser, out, error);
    case Kind::ReferralEconomy: {
        DateRange range;
        if (!ProductsExportSubject::dateRange(parser, m_from, m_to, &range, error))
            return false;
        ReferralEconomyModel model(db);
        model.setDateRange(range);
        model.reload();
        if (!model.lastError().isEmpty()) {
            *error = model.lastError();
            return false;
        }
        *out = TableSnapshot::fromModel(&model);
        return true;
    }
    }
    return false;
}

bool CustomersExportSubject::customers(Database &db, const QCommandLineParser &parser,
                                       TableSnapshot *out, QString *error) const
{
    CustomerTableModel model(db);
    QString channel;
    if (!channelFrom(parser, &channel, error))
        return false;
    model.setChannelFilter(channel);
    if (parser.isSet(m_segment)) {
        int segment = -1;
        for (int s = 0; s < RfmSegment::Count; ++s) {
            if (RfmSegment::key(s) == parser.value(m_segment))
                segment = s;
        }
        if (segment < 0) {
            *error = tr("Unknown segment %1.").arg(parser.value(m_segment));
            return false;
        }
        model.setSegmentFilter(segment);
    }
    const QString purchases = parser.value(m_purchases);
    if (purchases == QLatin1String("bought"))
        model.setPurchaseFilter(CustomerTableModel::Purchases::Bought);
    else if (purchases == QLatin1String("none"))
        model.setPurchaseFilter(CustomerTableModel::Purchases::NotBought);
    else if (purchases == QLatin1String("repeat"))
        model.setPurchaseFilter(CustomerTableModel::Purchases::Repeat);
    else if (!purchases.isEmpty()) {
        *error = tr("--purchases takes \"bought\", \"none\" or \"repeat\".");
        return false;
    }
    model.setInviterFilter(parser.value(m_inviter));
    model.setFilterText(parser.value(m_search));
    model.reload();
    if (!model.lastError().isEmpty()) {
        *error = model.lastError();
        return false;
    }
    *out = TableSnapshot::fromModel(&model);
    return true;
}

bool CustomersExportSubject::cohorts(Database &db, const QCommandLineParser &parser,
                                     TableSnapshot *out, QString *error) const
{
    CohortMatrixModel model(db);
    QString channel;
    if (!channelFrom(parser, &channel, error))
        return false;
    model.setChannel(channel);
    const QString unit = parser.value(m_unit);
    if (unit == QLatin1String("week"))
        model.setUnit(CohortMatrixModel::Unit::Week);
    else if (!unit.isEmpty() && unit != QLatin1String("month")) {
        *error = tr("--unit takes \"month\" or \"week\".");
        return false;
    }
    const QString measure = parser.value(m_measure);
    if (measure == QLatin1String("revenue"))
        model.setMeasure(CohortMatrixModel::Measure::RevenuePerCustomer);
    else if (!measure.isEmpty() && measure != QLatin1String("repeat")) {
        *error = tr("--measure takes \"repeat\" or \"revenue\".");
        return false;
    }
    if (parser.isSet(m_cohorts)) {
        bool ok = false;
        const int count = parser.value(m_cohorts).toInt(&ok);
        if (!ok || count < 1 || count > 120) {
            *error = tr("--cohorts takes a number from 1 to 120.");
            return false;
        }
        model.setCohortCount(count);
    }
    model.reload();
    if (!model.lastError().isEmpty()) {
        *error = model.lastError();
        return false;
    }
    *out = TableSnapshot::fromModel(&model);
    return true;
}
