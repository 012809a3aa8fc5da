#include "commands/OutboxCommand.h"

#include "commands/StoreOptions.h"
#include "itemmodels/OutboxModel.h"
#include "outbox/ConflictResolver.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("OutboxCommand", s);
}

QJsonObject toJson(const OutboxEntry &e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},
                  {QStringLiteral("kind"), Collections::name(e.kind)},
                  {QStringLiteral("id"), e.recordId},
                  {QStringLiteral("state"), OutboxEntry::stateName(e.state)},
                  {QStringLiteral("fields"), e.fields},
                  {QStringLiteral("before"), e.before},
                  {QStringLiteral("base_version"), e.baseVersion},
                  {QStringLiteral("idempotency_key"), e.idempotencyKey},
                  {QStringLiteral("attempts"), e.attempts},
                  {QStringLiteral("created_at"), e.createdAt}};
    if (!e.error.isEmpty())
        o.insert(QStringLiteral("error"), e.error);
    if (!e.fieldErrors.isEmpty())
        o.insert(QStringLiteral("field_errors"), e.fieldErrors);
    if (e.state == OutboxEntry::State::Conflict)
        o.insert(QStringLiteral("theirs"), ConflictResolver::theirValues(e));
    return o;
}
} // namespace

QString OutboxCommand::description() const
{
    return tr("List the edits not yet on the site: pending, failed, in conflict or rejected, with "
              "reasons.");
}

int OutboxCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    StoreOptions store;
    store.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    auto db = store.open(parser, io, &code);
    if (!db)
        return code;
    const QList<OutboxEntry> entries = Outbox(*db).entries();
    bool unresolved = false;
    QJsonArray list;
    for (const OutboxEntry &e : entries) {
        unresolved = unresolved || e.state == OutboxEntry::State::Conflict ||
                     e.state == OutboxEntry::State::Rejected;
        if (parser.isSet(json)) {
            list.append(toJson(e));
            continue;
        }
        const QString reason = OutboxModel::describeReason(e);
        io.out << QStringLiteral("%1  %2 %3  %4  %5%6")
                      .arg(e.seq)
                      .arg(Collections::name(e.kind), e.recordId, OutboxEntry::stateName(e.state),
                           OutboxModel::describeChange(e),
                           reason.isEmpty() ? QString() : QStringLiteral("  — ") + reason)
               << Qt::endl;
    }
    if (parser.isSet(json))
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("entries"), list}})
                      .toJson(QJsonDocument::Indented);
    else if (entries.isEmpty())
        io.out << tr("The outbox is empty: every edit is on the site.") << Qt::endl;
    // Conflicts and rejections need a decision: scripts can tell by the exit code.
    return unresolved ? ExitConflict : ExitOk;
}
