#include "commands/OrdersExportSubject.h"

#include "commands/ProductsExportSubject.h"
#include "itemmodels/DateRange.h"
#include "itemmodels/OrderTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("OrdersExportSubject", s);
}
} // namespace

OrdersExportSubject::OrdersExportSubject()
    : m_status(QStringLiteral("status"), tr("Only orders with this status."), tr("status")),
      m_channel(QStringLiteral("channel"),
                tr("Only orders whose visit came from this traffic channel."), tr("channel")),
      m_customer(QStringLiteral("customer"), tr("Only this customer's orders (customer id)."),
                 tr("id")),
      m_search(QStringLiteral("search"),
               tr("Only orders whose number, customer or tracking number contains this."),
               tr("text")),
      m_from(QStringLiteral("from"), tr("First day (yyyy-MM-dd, shop time)."), tr("date")),
      m_to(QStringLiteral("to"), tr("Last day (yyyy-MM-dd, shop time)."), tr("date"))
{}

QString OrdersExportSubject::description() const
{
    return tr("orders with customer, status, totals and shipping");
}

void OrdersExportSubject::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_status, m_channel, m_customer, m_search, m_from, m_to});
}

bool OrdersExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                   TableSnapshot *out, QString *error)
{
    OrderTableModel model(db);
    DateRange range;
    if (!ProductsExportSubject::dateRange(parser, m_from, m_to, &range, error))
        return false;
    if (parser.isSet(m_channel) && !model.canFilterByChannel()) {
        *error = tr("This store has no traffic channels yet (sync with a newer version first).");
        return false;
    }
    model.setStatusFilter(parser.value(m_status));
    model.setChannelFilter(parser.value(m_channel));
    model.setCustomerFilter(parser.value(m_customer));
    model.setFilterText(parser.value(m_search));
    model.setDateRange(range);
    model.reload();
    *out = TableSnapshot::fromModel(&model);
    return true;
}
