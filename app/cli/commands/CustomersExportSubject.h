#pragma once

#include "commands/ExportSubject.h"

#include <QCommandLineOption>

// `yutang-cli export customers|cohorts|referral-economy`: the Customers pane's three tables, from
// the same models. customers: every customer with their figures and RFM segment (--channel,
// --segment, --purchases, --inviter, --search); cohorts: the cohort matrix (--unit, --cohorts,
// --measure, --channel); referral-economy: per acquisition channel and source over --from/--to.
// Figures a store has not derived yet (synced by an older version) are derived first.
class CustomersExportSubject : public ExportSubject
{
public:
    enum class Kind { Customers, Cohorts, ReferralEconomy };
    explicit CustomersExportSubject(Kind kind);
    QString name() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool snapshot(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                  QString *error) override;

private:
    bool customers(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                   QString *error) const;
    bool cohorts(Database &db, const QCommandLineParser &parser, TableSnapshot *out,
                 QString *error) const;
    bool channelFrom(const QCommandLineParser &parser, QString *channel, QString *error) const;

    Kind m_kind;
    const QCommandLineOption m_channel, m_segment, m_purchases, m_inviter, m_search, m_unit,
        m_cohorts, m_measure, m_from, m_to;
};
