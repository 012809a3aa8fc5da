#include "commands/MigrateCommand.h"

#include "store/Database.h"
#include "store/StoreCopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("MigrateCommand", s);
}
} // namespace

QString MigrateCommand::description() const
{
    return tr("Copy a local store into a team (PostgreSQL) database and verify the row counts.");
}

int MigrateCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The store to copy: sqlite:PATH (or a PATH)."), tr("store"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("The team database: postgresql://user@host:port/dbname[?sslmode=...]; its "
           "password comes from the keychain (yutang-cli store-password set)."),
        tr("url"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace what the team database already holds."));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   tr("Rows per transaction (default 5000)."), tr("rows"),
                                   QStringLiteral("5000"));
    parser.addOptions({from, to, replace, batch});
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        io.err << tr("Say what to copy where: yutang-cli migrate --from sqlite:PATH --to "
                     "postgresql://...")
               << Qt::endl;
        return ExitUsage;
    }
    bool batchOk = false;
    const int batchRows = parser.value(batch).toInt(&batchOk);
    QString error;
    const StoreLocation source = StoreLocation::parse(parser.value(from), &error);
    const StoreLocation target =
        error.isEmpty() ? StoreLocation::parse(parser.value(to), &error) : StoreLocation();
    if (!error.isEmpty() || !batchOk || batchRows < 1) {
        io.err << (error.isEmpty() ? tr("--batch needs a positive number of rows.") : error)
               << Qt::endl;
        return ExitUsage;
    }
    if (source.kind == SqlDialect::Kind::Sqlite && !QFileInfo::exists(source.sqlitePath)) {
        io.err << tr("There is no store at %1.").arg(source.sqlitePath) << Qt::endl;
        return ExitStore;
    }
    if (source.display() == target.display()) {
        io.err << tr("--from and --to name the same store.") << Qt::endl;
        return ExitUsage;
    }
    // Opening brings both to this build's schema, which the copy needs.
    auto sourceDb = Database::open(source, &error);
    auto targetDb = sourceDb ? Database::open(target, &error) : nullptr;
    if (!sourceDb || !targetDb) {
        io.err << error << Qt::endl;
        return ExitStore;
    }

    StoreCopier copier(*sourceDb, *targetDb);
    copier.setBatchSize(batchRows);
    copier.setReplace(parser.isSet(replace));
    copier.setProgressHandler([&io](const QString &table, qint64 copied, qint64 total) {
        if (copied == total)
            io.err << tr("%1: %2 rows").arg(table).arg(copied) << Qt::endl;
    });
    QElapsedTimer timer;
    timer.start();
    const StoreCopier::Report report = copier.run();
    for (const StoreCopier::TableCount &t : report.tables) {
        io.out << QStringLiteral("%1 %2 %3 %4")
                      .arg(t.table, -24)
                      .arg(t.source, 10)
                      .arg(t.target, 10)
                      .arg(t.matches() ? tr("ok") : tr("MISMATCH"))
               << Qt::endl;
    }
    if (!report.error.isEmpty()) {
        io.err << report.error << Qt::endl;
        return ExitStore;
    }
    if (!report.countsMatch()) {
        io.err << tr("Row counts differ between %1 and %2 (see MISMATCH above).")
                      .arg(source.display(), target.display())
               << Qt::endl;
        return ExitFindings;
    }
    io.err << tr("Copied %1 rows in %2 tables to %3 in %4 s; every table's row count matches.")
                  .arg(report.rows())
                  .arg(report.tables.size())
                  .arg(target.display())
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return ExitOk;
}
