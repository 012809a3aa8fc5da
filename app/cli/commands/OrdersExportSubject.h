#pragma once

#include "commands/ExportSubject.h"

#include <QCommandLineOption>

// `yutang-cli export orders`: the orders table with the pane's filters (--status, --from/--to,
// --channel, --customer, --search).
class OrdersExportSubject : public ExportSubject
{
public:
    OrdersExportSubject();
    QString name() const override { return QStringLiteral("orders"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

private:
    const QCommandLineOption m_status, m_channel, m_customer, m_search, m_from, m_to;
};
