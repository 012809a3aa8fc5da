#include "commands/TrafficExportSubject.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/TrafficDailyModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrafficExportSubject", text);
}

std::unique_ptr<StepFunnelModel> funnelModel(TrafficExportSubject::Kind kind, Database &db)
{
    if (kind == TrafficExportSubject::Kind::Lifecycle)
        return std::make_unique<LifecycleFunnelModel>(db);
    return std::make_unique<FunnelModel>(db);
}

} // namespace

QString TrafficExportSubject::name() const
{
    switch (m_kind) {
    case Kind::Traffic:
        return QStringLiteral("traffic");
    case Kind::Funnel:
        return QStringLiteral("funnel");
    case Kind::Lifecycle:
        return QStringLiteral("lifecycle");
    }
    return {};
}

QString TrafficExportSubject::description() const
{
    switch (m_kind) {
    case Kind::Traffic:
        return tr("visits by channel, source and keyword (--from, --to, --channel, --by day)");
    case Kind::Funnel:
        return tr("the shop funnel per session (--from, --to, --channel, --by day, --compare)");
    case Kind::Lifecycle:
        return tr("the loop per acquired visitor (--from, --to, --channel, --by day, --compare)");
    }
    return {};
}

void TrafficExportSubject::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), tr("First shop day, YYYY-MM-DD."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("Last shop day, YYYY-MM-DD."), tr("date")});
    parser.addOption(
        {QStringLiteral("channel"),
         tr("Only this channel: %1.").arg(TrafficSource::channels().join(QStringLiteral(", "))),
         tr("channel")});
    parser.addOption({QStringLiteral("by"), tr("\"day\": one row per shop day."), tr("period")});
    if (m_kind != Kind::Traffic)
        parser.addOption(
            {QStringLiteral("compare"),
             tr("Add the figures of the previous period (\"previous\") or of the same weekdays a "
                "week earlier (\"week\")."),
             tr("period")});
}

bool TrafficExportSubject::filterFrom(const QCommandLineParser &parser, TrafficFilter *filter,
                                      QString *error)
{
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to) {
        *error = tr("Give --from and --to as YYYY-MM-DD, --from not after --to.");
        return false;
    }
    filter->range = DateRange(from, to);
    filter->channel = parser.value(QStringLiteral("channel"));
    if (!filter->channel.isEmpty() && !TrafficSource::isChannel(filter->channel)) {
        *error = tr("Unknown channel %1; one of: %2.")
                     .arg(filter->channel, TrafficSource::channels().join(QStringLiteral(", ")));
        return false;
    }
    const QString by = parser.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("day")) {
        *error = tr("--by takes \"day\".");
        return false;
    }
    const QString compare = parser.optionNames().contains(QStringLiteral("compare"))
                                ? parser.value(QStringLiteral("compare"))
                                : QString();
    if (compare == QLatin1String("previous")) {
        filter->comparison = TrafficFilter::Comparison::PreviousPeriod;
    } else if (compare == QLatin1String("week")) {
        filter->comparison = TrafficFilter::Comparison::WeekEarlier;
    } else if (!compare.isEmpty()) {
        *error = tr("--compare takes \"previous\" or \"week\".");
        return false;
    }
    return true;
}

bool TrafficExportSubject::snapshot(Database &db, const QCommandLineParser &parser,
                                    TableSnapshot *out, QString *error)
{
    TrafficFilter filter;
    if (!filterFrom(parser, &filter, error))
        return false;
    const bool byDay = parser.value(QStringLiteral("by")) == QLatin1String("day");
    if (m_kind == Kind::Traffic) {
        if (byDay) {
            TrafficDailyModel model(db);
            model.setFilter(filter);
            *out = TableSnapshot::fromModel(&model);
        } else {
            TrafficSourceTreeModel model(db);
            model.setFilter(filter);
            *out = TableSnapshot::fromTree(&model, {}, TrafficSourceTreeModel::Name);
        }
        return true;
    }
    if (byDay)
        return funnelByDay(db, filter, out);
    auto model = funnelModel(m_kind, db);
    model->setFilter(filter);
    QList<int> columns;
    const int last = filter.comparison == TrafficFilter::Comparison::None ? StepFunnelModel::DropOff
                                                                          : StepFunnelModel::Change;
    for (int c = 0; c <= last; ++c)
        columns << c;
    *out = TableSnapshot::fromModel(model.get(), columns);
    return true;
}

bool TrafficExportSubject::funnelByDay(Database &db, const TrafficFilter &filter,
                                       TableSnapshot *out) const
{
    auto model = funnelModel(m_kind, db);
    TableSnapshot table;
    table.addColumn(QStringLiteral("day"), tr("Day"));
    for (int step = 0; step < model->stepCount(); ++step)
        table.addColumn(model->stepKey(step), model->stepName(step));
    table.addColumn(QStringLiteral("overall_conversion_pct"), tr("Overall conversion"));
    TrafficFilter day = filter;
    day.comparison = TrafficFilter::Comparison::None;
    for (const QDate &d : filter.range.days()) {
        day.range = DateRange(d, d);
        model->setFilter(day);
        QVariantList row{d.toString(Qt::ISODate)};
        for (int step = 0; step < model->stepCount(); ++step)
            row << model->countAt(step);
        row << model->index(model->stepCount() - 1, StepFunnelModel::ShareOfAll)
                   .data(ItemRoles::ExportRole);
        table.rows << row;
    }
    *out = table;
    return true;
}
