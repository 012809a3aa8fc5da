#include "commands/SourceCommand.h"

#include "analytics/ClassifierRuleStore.h"
#include "analytics/TrafficClassifier.h"
#include "analytics/UrlView.h"
#include "commands/StoreOptions.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SourceCommand", text);
}
} // namespace

QString SourceCommand::description() const
{
    return tr("Show which traffic source a link would be counted under, and why.");
}

int SourceCommand::execute(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption landing(QStringLiteral("landing"),
                                     tr("The landing page URL (with its query)."), tr("url"));
    const QCommandLineOption referrer(QStringLiteral("referrer"), tr("The referrer URL, if any."),
                                      tr("url"));
    const QCommandLineOption userAgent(QStringLiteral("user-agent"),
                                       tr("The browser's user agent, if known."), tr("ua"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({landing, referrer, userAgent, json});
    StoreOptions store;
    store.addTo(parser);
    int code = ExitOk;
    if (!parse(parser, arguments, io, &code))
        return code;
    if (!parser.isSet(landing)) {
        io.err << tr("--landing URL is required.") << Qt::endl;
        return ExitUsage;
    }
    const QString landingUrl = parser.value(landing);
    QList<ClassifierRule> rules;
    if (parser.isSet(store.db) || parser.isSet(store.profile)) {
        auto db = store.open(parser, io, &code);
        if (!db)
            return code;
        rules = ClassifierRuleStore::load(*db);
    }
    // As at sync time: the landing page's host is the shop's own.
    const QString host = UrlView(landingUrl).host().toString();
    const TrafficClassifier classifier(host.isEmpty() ? QStringList() : QStringList{host}, rules);
    const TrafficSource s =
        classifier.classify(landingUrl, parser.value(referrer), parser.value(userAgent));
    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("channel"), s.channel},
                            {QStringLiteral("source"), s.source},
                            {QStringLiteral("keyword"), s.keyword},
                            {QStringLiteral("rule"), s.rule}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        io.out.flush();
        return ExitOk;
    }
    io.out << tr("channel: %1 (%2)").arg(s.channel, TrafficSource::channelDisplayName(s.channel))
           << Qt::endl
           << tr("source:  %1 (%2)").arg(s.source, TrafficSource::sourceDisplayName(s.source))
           << Qt::endl
           << tr("keyword: %1").arg(s.keyword.isEmpty() ? tr("(none)") : s.keyword) << Qt::endl
           << tr("rule:    %1").arg(s.rule) << Qt::endl;
    return ExitOk;
}
