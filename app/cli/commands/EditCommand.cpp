#include "commands/EditCommand.h"

#include "commands/OutboxPushFlow.h"
#include "core/Money.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("EditCommand", s);
}
} // namespace

QString EditCommand::description() const
{
    return tr("Change a product (title, price in yuan, stock, status, category) and push it.");
}

int EditCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    OutboxPushFlow flow;
    flow.addTo(parser);
    const QCommandLineOption title(QStringLiteral("title"), tr("New title."), tr("text"));
    const QCommandLineOption price(QStringLiteral("price"),
                                   tr("New price in yuan, such as 199.00."), tr("yuan"));
    const QCommandLineOption stock(QStringLiteral("stock"), tr("New stock (a whole number)."),
                                   tr("n"));
    const QCommandLineOption status(QStringLiteral("status"), tr("active, draft or archived."),
                                    tr("status"));
    const QCommandLineOption category(QStringLiteral("category"), tr("New category."), tr("text"));
    parser.addOptions({title, price, stock, status, category});
    parser.addPositionalArgument(QStringLiteral("product"), tr("What to edit: product."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The product's id."));
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.first() != QLatin1String("product")) {
        io.err << tr("Usage: yutang-cli edit product ID [--title T] [--price 199.00] [--stock N] "
                     "[--status S]")
               << Qt::endl;
        return ExitUsage;
    }
    QJsonObject fields;
    if (parser.isSet(title))
        fields.insert(QStringLiteral("title"), parser.value(title));
    if (parser.isSet(category))
        fields.insert(QStringLiteral("category"), parser.value(category));
    if (parser.isSet(status))
        fields.insert(QStringLiteral("status"), parser.value(status));
    if (parser.isSet(price)) {
        qint64 fen = 0;
        if (!Money::parseDecimal(parser.value(price), &fen) || fen < 0) {
            io.err << tr("--price takes yuan, such as 199.00 (at least 0).") << Qt::endl;
            return ExitUsage;
        }
        fields.insert(QStringLiteral("price"), fen);
    }
    if (parser.isSet(stock)) {
        bool ok = false;
        const qint64 n = parser.value(stock).toLongLong(&ok);
        if (!ok || n < 0) {
            io.err << tr("--stock takes a whole number of at least 0.") << Qt::endl;
            return ExitUsage;
        }
        fields.insert(QStringLiteral("stock"), n);
    }
    if (fields.isEmpty()) {
        io.err << tr("Nothing to change: pass at least one of --title, --price, --stock, --status, "
                     "--category.")
               << Qt::endl;
        return ExitUsage;
    }
    auto db = flow.store.open(parser, io, &code);
    if (!db)
        return code;
    QString error;
    const qint64 seq = Outbox(*db).queue(Collection::Products, args.at(1), fields, &error);
    if (!seq) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    return flow.push(*db, parser, io, seq);
}
