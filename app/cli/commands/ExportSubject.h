#pragma once

#include "commands/Command.h"
#include "export/TableSnapshot.h"

class Database;
class QCommandLineParser;

// One thing `yutang-cli export` can write (traffic, orders, audit…): its own filter options and
// the table it produces, built from the same item models the GUI panes show.
class ExportSubject
{
public:
    virtual ~ExportSubject() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser); }
    virtual bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out, QString *error) = 0;
    // Exit code once written: an audit, say, exits non-zero when it found differences.
    virtual int exitCode(const TableSnapshot &table) const
    {
        Q_UNUSED(table);
        return ExitOk;
    }
};
