#pragma once

#include "commands/ExportSubject.h"
#include "itemmodels/TrafficFilter.h"

// `yutang-cli export traffic|funnel|lifecycle --from DATE --to DATE [--channel C] [--by day]
// [--compare previous|week]`: the tables of the Traffic and Funnels panes, built from the same
// models. traffic: the channel → source → keyword drill-down (level and path columns), or with
// --by day sessions per channel per day; funnel / lifecycle: the steps with their conversions, or
// with --by day one row per day with each step's count.
class TrafficExportSubject : public ExportSubject
{
public:
    enum class Kind { Traffic, Funnel, Lifecycle };
    explicit TrafficExportSubject(Kind kind) : m_kind(kind) {}

    QString name() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

    // Parses --from/--to/--channel/--compare; false with a message when they are not usable.
    static bool filterFrom(const QCommandLineParser &parser, TrafficFilter *filter, QString *error);

private:
    bool funnelByDay(Database &db, const TrafficFilter &filter, TableSnapshot *out) const;

    Kind m_kind;
};
