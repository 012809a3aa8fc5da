#include "commands/ExportCommand.h"

#include "commands/ExportSubjects.h"
#include "commands/StoreOptions.h"
#include "export/CsvWriter.h"
#include "export/JsonTableWriter.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QStringDecoder>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ExportCommand", s);
}
} // namespace

ExportCommand::ExportCommand() : m_subjects(ExportSubjects::all()) {}

ExportCommand::~ExportCommand() = default;

QString ExportCommand::description() const
{
    QStringList names;
    for (const auto &s : m_subjects)
        names << s->name();
    return tr("Write a table as CSV or JSON: %1.").arg(names.join(QStringLiteral(", ")));
}

int ExportCommand::execute(const QStringList &arguments, CliIo &io)
{
    // The subject decides which filter options exist, so find it before parsing.
    ExportSubject *subject = nullptr;
    for (const QString &arg : arguments.mid(1)) {
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        for (const auto &s : m_subjects) {
            if (s->name() == arg)
                subject = s.get();
        }
        break;
    }
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."), tr("format"), QStringLiteral("csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("utf8-bom (default, for Excel), utf8 or gb18030."),
                                      tr("encoding"), QStringLiteral("utf8-bom"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE (default: standard output, also with -)."), tr("file"), QStringLiteral("-"));
    parser.addOptions({format, encoding, output});
    if (subject)
        subject->addOptions(parser);
    QStringList subjectHelp;
    for (const auto &s : m_subjects)
        subjectHelp << QStringLiteral("%1: %2").arg(s->name(), s->description());
    parser.addPositionalArgument(QStringLiteral("subject"), subjectHelp.join(QStringLiteral("; ")));
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    if (!subject) {
        io.err << tr("Say what to export: %1").arg(subjectHelp.join(QStringLiteral("; "))) << Qt::endl;
        return ExitUsage;
    }
    ExportOptions options;
    QString error;
    if (!ExportOptions::fromCli(parser.value(encoding), parser.value(format), &options, &error)) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    auto db = store.open(parser, io, &code);
    if (!db)
        return code;
    TableSnapshot table;
    if (!subject->snapshot(*db, parser, &table, &error)) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    const QByteArray bytes = options.format == ExportOptions::Format::Json ? JsonTableWriter::toBytes(table)
                                                                           : CsvWriter::toBytes(table, options);
    const QString target = parser.value(output);
    if (target == QLatin1String("-")) {
        io.out.flush();
        // The stream's device, if any, takes the bytes as they are (BOM and GB18030 intact).
        if (QIODevice *device = io.out.device()) {
            device->write(bytes);
        } else {
            // An in-memory stream (tests): hand over the text; encoding is a file's business.
            QStringDecoder decoder(options.encoding == ExportOptions::Encoding::Gb18030 ? "GB18030" : "UTF-8");
            io.out << QString(decoder.decode(bytes));
        }
    } else {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            io.err << tr("Cannot write %1: %2").arg(target, file.errorString()) << Qt::endl;
            return ExitFailure;
        }
        io.err << QCoreApplication::translate("ExportCommand", "Wrote %n row(s) to %1.", nullptr, int(table.rows.size())).arg(target)
               << Qt::endl;
    }
    return subject->exitCode(table);
}
