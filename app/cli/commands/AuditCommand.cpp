#include "commands/AuditCommand.h"

#include "commands/StoreOptions.h"
#include "export/CsvWriter.h"
#include "export/JsonTableWriter.h"
#include "export/TableSnapshot.h"
#include "itemmodels/AuditFindingTableModel.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("AuditCommand", s);
}
} // namespace

QString AuditCommand::description() const
{
    return tr(
        "Check the site's commission bookings against the referral rules; exit 8 on differences.");
}

int AuditCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default), csv or json."),
                                    tr("format"), QStringLiteral("text"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE (default: standard output)."), tr("file"),
                                    QStringLiteral("-"));
    parser.addOptions({format, output});
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("csv") &&
        kind != QLatin1String("json")) {
        io.err << tr("--format takes text, csv or json.") << Qt::endl;
        return ExitUsage;
    }
    auto db = store.open(parser, io, &code);
    if (!db)
        return code;
    AuditFindingTableModel model;
    model.runAudit(*db);
    const QList<AuditFinding> &findings = model.allFindings();
    QString text;
    if (kind == QLatin1String("text")) {
        for (const AuditFinding &f : findings)
            text += QStringLiteral("%1\t%2\n").arg(AuditFinding::key(f.kind), f.describe());
        text += findings.isEmpty()
                    ? tr("No differences: every booking matches the referral rules.") +
                          QLatin1Char('\n')
                    : QCoreApplication::translate("AuditCommand", "%n difference(s).", nullptr,
                                                  int(findings.size())) +
                          QLatin1Char('\n');
    } else {
        const TableSnapshot table = TableSnapshot::fromModel(&model);
        ExportOptions options;
        options.header = ExportOptions::Header::Keys;
        options.encoding = ExportOptions::Encoding::Utf8;
        text =
            QString::fromUtf8(kind == QLatin1String("json") ? JsonTableWriter::toBytes(table)
                                                            : CsvWriter::toBytes(table, options));
    }
    const QString target = parser.value(output);
    if (target == QLatin1String("-")) {
        io.out << text;
        io.out.flush();
    } else {
        QSaveFile file(target);
        const QByteArray bytes = text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            io.err << tr("Cannot write %1: %2").arg(target, file.errorString()) << Qt::endl;
            return ExitFailure;
        }
    }
    return findings.isEmpty() ? ExitOk : ExitFindings;
}
