#pragma once

#include "itemmodels/DateRange.h"

#include <QCommandLineOption>

class QCommandLineParser;

// The referrals pane's filters as options of the referral exports: --status, --level,
// --beneficiary and the --from/--to shop days.
class ReferralFilterOptions
{
public:
    struct Values
    {
        DateRange range; // invalid: everything
        QString status;
        int level = 0;
        QString beneficiary;
    };

    ReferralFilterOptions();
    void addRangeTo(QCommandLineParser &parser) const;
    void addLedgerTo(QCommandLineParser &parser) const;
    // read() after addLedgerTo(), readRange() after addRangeTo().
    bool read(const QCommandLineParser &parser, Values *values, QString *error) const;
    bool readRange(const QCommandLineParser &parser, DateRange *range, QString *error) const;

private:
    QCommandLineOption m_status, m_level, m_beneficiary, m_from, m_to;
};
