#include "commands/ProductsExportSubject.h"

#include "itemmodels/DateRange.h"
#include "itemmodels/ProductTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ProductsExportSubject", s);
}
} // namespace

ProductsExportSubject::ProductsExportSubject()
    : m_status(QStringLiteral("status"), tr("Only products with this status."), tr("status")),
      m_category(QStringLiteral("category"), tr("Only products in this category."), tr("name")),
      m_lowStock(QStringLiteral("low-stock"), tr("Only products with at most this stock."),
                 tr("n")),
      m_search(QStringLiteral("search"),
               tr("Only products whose title, SKU or category contains this."), tr("text")),
      m_from(QStringLiteral("from"), tr("First day of the sales figures (yyyy-MM-dd)."),
             tr("date")),
      m_to(QStringLiteral("to"), tr("Last day of the sales figures (yyyy-MM-dd)."), tr("date"))
{}

QString ProductsExportSubject::description() const
{
    return tr("products with stock, status and sales");
}

void ProductsExportSubject::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_status, m_category, m_lowStock, m_search, m_from, m_to});
}

bool ProductsExportSubject::dateRange(const QCommandLineParser &parser,
                                      const QCommandLineOption &from, const QCommandLineOption &to,
                                      DateRange *range, QString *error)
{
    if (!parser.isSet(from) && !parser.isSet(to))
        return true; // no range: everything
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : first;
    *range = DateRange(first, last);
    if (!range->isValid()) {
        *error = tr("--from and --to take dates such as 2026-11-01, --from first.");
        return false;
    }
    return true;
}

bool ProductsExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                     TableSnapshot *out, QString *error)
{
    ProductTableModel model(db);
    DateRange range;
    if (!dateRange(parser, m_from, m_to, &range, error))
        return false;
    if (parser.isSet(m_lowStock)) {
        bool ok = false;
        const qint64 n = parser.value(m_lowStock).toLongLong(&ok);
        if (!ok || n < 0) {
            *error = tr("--low-stock takes a whole number.");
            return false;
        }
        model.setLowStockThreshold(n);
    }
    model.setStatusFilter(parser.value(m_status));
    model.setCategoryFilter(parser.value(m_category));
    model.setFilterText(parser.value(m_search));
    model.setDateRange(range);
    model.reload();
    *out = TableSnapshot::fromModel(&model);
    return true;
}
