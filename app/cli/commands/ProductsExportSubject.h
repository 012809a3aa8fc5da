#pragma once

#include "commands/ExportSubject.h"

#include <QCommandLineOption>

class DateRange;

// `yutang-cli export products`: the products table as the pane shows it, with its filters
// (--status, --category, --low-stock N, --search, --from/--to for the sales columns).
class ProductsExportSubject : public ExportSubject
{
public:
    ProductsExportSubject();
    QString name() const override { return QStringLiteral("products"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

    // --from/--to as a DateRange (shared with the orders subject); false with *error when bad.
    static bool dateRange(const QCommandLineParser &parser, const QCommandLineOption &from,
                          const QCommandLineOption &to, DateRange *range, QString *error);

private:
    const QCommandLineOption m_status, m_category, m_lowStock, m_search, m_from, m_to;
};
