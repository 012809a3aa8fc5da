#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

// How the search keyword figures of a range of shop days are read. traffic_keywords_daily has a
// row per (day, channel, source, keyword): a year of a big shop's keywords is 125,000 rows, and
// summing them took the SEO table 100–670 ms. traffic_keywords_spans (schema step 6) holds the
// same sums per part of a month (days 1–7, 8–14, 15–21, 22–28 and 29 to the month's end) and
// per month, keyed by the span's first day. A range is read as whole months, whole parts at its
// ends and single days at its very ends: at most 11 months, 8 parts and 12 days for a year.
// Visitors are distinct per day in every table (as in traffic_daily), so a span adds up exactly
// like the days it covers.
class KeywordSpans
{
public:
    // The span column of traffic_keywords_spans (Day is traffic_keywords_daily).
    enum Span { Day = 1, Part = 7, Month = 31 };

    // Consecutive spans of one kind: [first, last] are the first days (yyyymmdd) of the first
    // and of the last span.
    struct Run
    {
        Span span;
        int first;
        int last;
        bool operator==(const Run &other) const = default;
    };

    // A FROM item listing the keyword rows of a range, and its bind values in order.
    struct Rows
    {
        QString sql;
        QVariantList values;
    };

    static QDate partStart(QDate day);
    static QDate partEnd(QDate day);
    static QDate monthStart(QDate day);
    static QDate monthEnd(QDate day);

    // [from, to] as runs of months, parts and days in day order, covering every day once.
    static QList<Run> cover(QDate from, QDate to);

    // "(SELECT <columns> FROM traffic_keywords_daily WHERE day >= ? AND day <= ?<condition>
    // UNION ALL SELECT <columns> FROM traffic_keywords_spans WHERE span = ? ...) AS keyword_rows"
    // for [from, to]. `condition` (" AND channel = ?"…) applies to every part, with `values`.
    static Rows rows(QDate from, QDate to, const QString &columns, const QString &condition = {},
                     const QVariantList &values = {});
};
